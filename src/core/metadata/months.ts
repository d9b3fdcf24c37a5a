/** Month names and abbreviations, January first, in the languages the byline and date lines are read in. */
export const MONTH_NAMES = [
  'jan january januar janvier enero gennaio janeiro januari',
  'feb february februar février fevrier febrero febbraio fevereiro februari',
  'mar march märz maerz mars marzo março marco maart',
  'apr april avril abril aprile',
  'may mai mayo maggio maio mei',
  'jun june juni juin junio giugno junho',
  'jul july juli juillet julio luglio julho',
  'aug august août aout agosto augustus',
  'sep sept september septembre septiembre setiembre settembre setembro',
  'oct october oktober octobre octubre ottobre outubro',
  'nov november novembre noviembre novembro',
  'dec december dezember décembre decembre diciembre dicembre dezembro',
];

/** A month's number (1–12) by any of its names. */
export const MONTH_OF = new Map(MONTH_NAMES.flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const)));
