/** The words of byline and date lines besides a name, and how such lines are cut into words. */
import { MONTH_NAMES } from './months';

export const MONTHS = MONTH_NAMES.join(' ');
const WEEKDAYS =
  'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
  'lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo';
const FILLER =
  'by posted published updated on at written last modified am pm utc gmt est edt cet cest pst pdt ist ' +
  'von am um veröffentlicht aktualisiert aktualisierung stand par le publié mis à jour por el publicado actualizado di pubblicato aggiornato ' +
  'door op gepubliceerd bijgewerkt em de del do da and und et y e en of';
/** Words a byline or date line may hold besides the name: months, weekdays and lead-ins, in several languages. */
export const LINE_WORDS = new Set(`${MONTHS} ${WEEKDAYS} ${FILLER}`.split(/\s+/));

/** A line's words, lower case, letters and digits only. */
export const tokens = (text: string): string[] => text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
