import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/summary';

/**
 * The sentence splitter on real text in every shipped language: paragraphs of consecutive sentences copied from
 * real pages and corpora, each with its sentences as a reader counts them. Where the text comes from a Universal
 * Dependencies treebank, the expected sentences are the treebank's own segmentation (one correction, marked).
 * Sources, by language:
 * - en: CNN stories (the development set in shared/corpora/summaries)
 * - fr: Le Monde and Libération (Readability test pages) and OrangeSum stories
 * - es: La Nación (Readability test page la-nacion)
 * - de: heise online (Readability test page heise) and UD German-GSD (CC BY-SA 4.0)
 * - pt: Folha (Readability test page folha) and UD Portuguese-Bosque, Público and Folha text (CC BY-SA 4.0)
 * - it: UD Italian-PUD, Wikipedia and news text (CC BY-SA 3.0)
 * - nl: UD Dutch-Alpino, newspaper text (CC BY-SA 4.0)
 */
const REAL_TEXT: Record<string, readonly (readonly string[])[]> = {
  en: [
    [
      '(CNN)A freshly fallen tree in the roadway was Jason Warnock\'s first clue.',
      'Warnock was driving through a canyon in Lewiston, Idaho, on Wednesday when he saw the tree, then looked up to see an SUV dangling over the edge of a cliff.',
      'The only thing holding the GMC Yukon and its terrified driver from a 30-foot drop was a crumpled chain-link fence, still clinging to the earth above Bryden Canyon Road.',
    ],
    [
      '"I seen that guy hanging there and he was trying to beat the window out or the door open and I was like \'Oh man,\' \'cause only like five links were hanging there," Warnock told KXLY, a CNN affiliate.',
      '"I was like, I gotta do something and no one was doing anything."',
      'What Warnock did next, captured in a dramatic photo by Lewiston Tribune photographer Barry Kough, made headlines around the world.',
    ],
    [
      'Warnock dashed from his car and scrambled up a hill to the Yukon and its driver, 23-year-old Matthew Sitko, who appeared to be in shock.',
      '"I got up there and I was like, \'Are you alright man?\'',
      'He shook his head, yeah.',
    ],
    [
      'I grabbed my Snap-on multi-tool and it had jagged edges on each end.',
      'I hit the window three times and it didn\'t break.',
      'Every time I hit it, the thing rocked like it was going to fall off," Warnock told KXLY.',
    ],
    [
      '"I left and got out of there before anyone knew who I was," he said.',
      'He remained an unknown good Samaritan, his identity a mystery, until Kough\'s picture of the daring rescue appeared in the Lewiston paper and spread across the Internet.',
      '"I don\'t feel like I deserve any credit or anything," Warnock said.',
    ],
    [
      '"I just did what anyone would do, went right back to work."',
      'Thanks to Warnock, Sitko went to the hospital with just minor injuries.',
      '"The Lewiston Police Department would like to thank Jason Warnock for his quick and decisive actions in helping Mr. Sitko and preventing the situation from worsening," said Roger Lanier, the interim police chief.',
    ],
    [
      '(CNN)It\'s obvious that Tom Brady\'s love for his wife, model Gisele Bundchen, will never go out of fashion.',
      'Bundchen walked the runway for the last time Wednesday, and the New England Patriots quarterback wasn\'t just there to support her in person, he expressed his emotions to the world on Facebook.',
      '"Congratulations Love of my Life," Brady wrote.',
    ],
    [
      '"You inspire me every day to be a better person.',
      'I am so proud of you and everything you have accomplished on the runway.',
      'I have never met someone with more of a will to succeed and determination to overcome any obstacle in the way.',
    ],
    [
      '"I am grateful that at 14, I was given the opportunity to start this journey.',
      'Today after 20 years in the industry, it is a privilege to be doing my last fashion show by choice and yet still be working in other facets of the business," the Brazilian-born model wrote on Instagram.',
      'Supermodel Gisele Bundchen struts her stuff a final time .',
    ],
    [
      'Bundchen was the highest-paid model in 2014, according to Forbes magazine, with a total $47 million in contracts.',
      'She is the face of Chanel and Carolina Herrera and has her own line of lingerie.',
      'Bundchen and Brady have been married since 2009.',
    ],
    [
      '(CNN)The greater adjutant stork is a majestic bird.',
      'Standing about 5 feet tall with an average wingspan of 8 feet, it soars over the Boragaon landfill like a great protector.',
      'It knows the residents and shies away from strangers.',
    ],
    [
      '(Other landfills, Bouldry says, contain older, compacted trash.)',
      'For the past seven years, Bouldry has traveled the world photographing landfills.',
      'He\'s visited places such as Haiti, Venezuela and Colombia.',
    ],
    [
      'They use large hooks to sort through the garbage, which sometimes reaches two or three stories high.',
      'They work in teams, and more than often they are barefoot.',
      '"They don\'t look at the things they\'re doing as being unsanitary or unhealthy or unsafe," Bouldry said.',
    ],
  ],
  fr: [
    [
      'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi sur le renseignement défendu par le gouvernement lors d’un vote solennel, mardi 5 mai.',
      'Il sera désormais examiné par le Sénat, puis le Conseil constitutionnel, prochainement saisi par 75 députés.',
      'Dans un souci d\'apaisement, François Hollande avait annoncé par avance qu\'il saisirait les Sages.',
    ],
    [
      'Elle délivrera son avis, sauf cas d’urgence, avant toute opération de surveillance ciblée.',
      'Deux types urgences sont prévus par la loi : d’un côté une « urgence absolue », pour laquelle un agent pourra se passer de l’avis de la CNCTR mais pas de l’autorisation du premier ministre.',
      'De l’autre, une urgence opérationnelle extrêmement limitée, notamment en termes de techniques, à l’initiative du chef du service de renseignement, qui se passe de l’avis de la CNCTR.',
    ],
    [
      'Le dispositif introduit une forme de « pêche au chalut » – un brassage très large des données des Français à la recherche de quelques individus.',
      'Le gouvernement se défend de toute similarité avec les dispositifs mis en place par la NSA américaine, arguant notamment que les données ne seront pas conservées et que cette activité sera contrôlée par une toute nouvelle commission aux moyens largement renforcés.',
      'Il s’agit cependant d’un dispositif très large, puisqu’il concernera tous les fournisseurs d’accès à Internet, et donc tous les internautes français.',
    ],
    [
      'Les services pourront également procéder, après un avis de la CNCTR, à la pose de micros dans une pièce ou de mouchards sur un objet (voiture par exemple), ou à l’intérieur d’un ordinateur.',
      'L’utilisation des IMSI-catchers (fausses antennes qui permettent d’intercepter des conversations téléphoniques) est également légalisée, pour les services de renseignement, dans certains cas.',
      'Le nombre maximal de ces appareils sera fixé par arrêté du premier ministre après l’avis de la CNCTR.',
    ],
    [
      'La loi prévoit également une forme de protection pour les agents qui seraient témoins de surveillance illégale.',
      'Ces lanceurs d’alerte pourraient solliciter la CNCTR, voire le premier ministre, et leur fournir toutes les pièces utiles.',
      'La CNCTR pourra ensuite aviser le procureur de la République et solliciter la Commission consultative du secret de la défense nationale afin que cette dernière « donne au premier ministre son avis sur la possibilité de déclassifier tout ou partie de ces éléments ».',
    ],
    [
      'Un troisième Français a été tué dans le tremblement de terre samedi au Népal, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères.',
      'Les autorités françaises sont toujours sans nouvelles «d’encore plus de 200» personnes.',
      '«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.',
    ],
    [
      'L’appareil, mis à disposition par Airbus, était arrivé à Katmandou mercredi matin avec 55 personnels de santé et humanitaires, ainsi que 25 tonnes de matériel (abris, médicaments, aide alimentaire).',
      'Un deuxième avion dépêché par Paris, qui était immobilisé aux Emirats depuis mardi avec 20 tonnes de matériel, est arrivé jeudi à Katmandou, dont le petit aéroport est engorgé par le trafic et l’afflux d’aide humanitaire.',
      'Il devait lui aussi ramener des Français, «les plus éprouvés» par la catastrophe et les «plus vulnérables (blessés, familles avec enfants)», selon le ministère des Affaires étrangères.',
    ],
    [
      'Sur les réseaux sociaux, les images sont impressionnantes.',
      'Dimanche matin à Venise, l\'équipage du MSC Opéra a perdu le contrôle du paquebot, à son arrivée dans le port de la cité des Doges.',
      'Le navire, qui peut contenir plus de 2.600 passagers, est venu heurter le quai auquel il voulait s\'arrimer.',
    ],
    [
      'La vidéo est devenue virale.',
      'Elle montre un policier semblant tirer quasiment à bout portant sur des manifestations avec un lanceur de balles de défense (LBD) lors d\'échauffourées survenues jeudi, pendant le défilé contre la réforme des retraites.',
      'L\'enquête a été ouverte pour "violences volontaires par personne dépositaire de l\'autorité publique", selon le parquet, et a été confiée à l\'IGPN, la "police des polices".',
    ],
    [
      'Cette vidéo de 37 secondes montre l\'avancée des forces de l\'ordre rue Saint-Lazare, à Paris, qui repoussent les manifestants, principalement à coups de tonfa (une matraque avec une poignée), avant qu\'un policier équipé d\'une arme semblant être un LBD ne tire sur la foule à environ un mètre de distance.',
      'Les images montrent ensuite un homme à terre.',
      'Dans une déclaration à l\'AFP, la préfecture de police a qualifié cette vidéo de "parcellaire et sortie de son contexte", celui de "violents heurts" dans le secteur de la gare Saint-Lazare pendant la manifestation.',
    ],
    [
      'Depuis la présidentielle, il est parfois un peu gêné de cette notoriété qui ne se traduira pas forcément dans les urnes.',
      'En meeting, le socialiste doit repréciser, non sans humour, l\'enjeu du scrutin de dimanche.',
      '"Je ne suis pas candidat pour être délégué de classe, mais député", plaisante Benoît Hamon.',
    ],
    [
      '"Une fois qu\'on a vu qu\'Emmanuel Macron savait serrer les mains, ce qui n\'a pas empêché que les États-Unis sortent des accords de Paris, maintenant on rentre dans le dur, le droit du travail", assure le candidat PS.',
      'Mais à Trappes, ce n\'est pas Emmanuel Macron la cible principale, mais bien Benoît Hamon.',
      'Le Républicain Jean-Michel Fourgous, qu\'il avait battu en 2012, ne rêve que de revanche.',
    ],
    [
      'Routes endommagées, trains toujours perturbés, agriculteurs désemparés : la Côte d\'Azur tente en ce début de semaine de se remettre des dégâts causés par les pluies exceptionnelles et les inondations qui ont fait au moins quatre morts au cours du week-end.',
      'Un pêcheur de 44 ans est par ailleurs porté disparu depuis samedi à Cassis (Bouches-du-Rhône), portant à trois le nombre de personnes recherchées, a indiqué mardi 26 novembre la gendarmerie.',
      'Mardi matin, des plongeurs de la gendarmerie devaient sonder les rochers à proximité desquels l\'homme aurait pu disparaître, a précisé la gendarmerie.',
    ],
  ],
  es: [
    [
      'Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998 y pidió asilo político.',
      'Arrastraba un pedido de captura de Turquía, donde era acusado por terrorismo.',
      'El ex comunista Massimo D\'Alema, recién asumido, dudaba.',
    ],
    [
      'Acoger a Ocalan implicaba comprarse un problema con un aliado de la OTAN e importar un conflicto ajeno, pero deportarlo lo exponía a la pena de muerte, legal en Turquía pero inadmisible en la Unión Europea.',
      'Optó por la estrecha avenida del medio: se ignoró el mandato de captura al tiempo que se negó el asilo, presionando a Ocalan para que se fuera por las suyas.',
      'Tras una carambola a tres bandas, fue capturado por agentes turcos en Kenia, donde se encontraba bajo la protección del embajador griego, mientras intentaba abordar un avión hacia Holanda.',
    ],
    [
      'Uno de los autores de esta columna vivía en Italia en esa época y siguió la crisis de cerca; el otro la estudió en profundidad, años más tarde.',
      'Pero no hacía falta: cualquiera puede encontrar esta información a un clic de distancia.',
      'Eso fue lo que no hizo un periodista de un diario argentino, que no es la nacion.',
    ],
    [
      'Esta falsa noticia fue la más rocambolesca de una larga cadena.',
      'Dos hechos quedaron en evidencia: primero, que hay periodistas que no chequean la información; segundo, que los servicios de inteligencia los utilizan para manipular la agenda pública.',
      'Y sobre los servicios hay dos posibilidades: o son burros o son perversos.',
    ],
    [
      'El reguero de noticias falsas y vínculos brumosos tiene, paradójicamente, un objetivo prístino: asociar la acción de los grupos mapuches con el terrorismo internacional.',
      'Comunicadores, analistas y escritores alineados con el discurso oficial llegaron a relacionar las ideas de las organizaciones patagónicas con las de Estado Islámico (ISIS) de Irak y Siria.',
      'El terrorismo carece de definiciones consensuales y ha sido utilizado para emparentar cosas bien diferentes.',
    ],
    [
      'La asociación con el movimiento kurdo, en cambio, asoma menos inverosímil.',
      'Desde su arresto, Ocalan transformó su pensamiento: de una visión nacionalista con inspiración estalinista evolucionó al confederalismo democrático, una propuesta de organización comunal, ecologista, más apegada a las raíces locales que a las fronteras nacionales.',
      'Parece lógico que esas ideas resuenen en agrupamientos indígenas, que reivindican una organización anterior a la consolidación de los Estados sudamericanos.',
    ],
    [
      'Consultada sobre esta desproporción, una fuente de los servicios nos la resumió así: "La estrategia de la Coordinadora Arauco-Malleco (CAM), de Chile, y ahora de la Resistencia Ancestral Mapuche (RAM), más que matar directamente, es realizar sabotajes, movilizaciones, ataques a iglesias y empresas y mucha prensa".',
      '¡En Medio Oriente pagarían por un terrorismo así!',
      'Ningún hecho de violencia debe ser minimizado, pero las analogías no resisten prueba.',
    ],
    [
      'La "cuestión mapuche" es social antes que policial.',
      'La Constitución manda "reconocer la preexistencia étnica y cultural de los pueblos indígenas argentinos.',
      'Garantizar el respeto a su identidad?; reconocer la personería jurídica de sus comunidades, y la posesión y propiedad comunitarias de las tierras que tradicionalmente ocupan; y regular la entrega de otras aptas y suficientes para el desarrollo humano".',
    ],
    [
      'En Canadá, unas 2300 reservas ocupan 28.000 kilómetros cuadrados.',
      'Australia otorga a los pueblos indígenas más de la mitad de los territorios del norte del país y son los nativos quienes negocian con las empresas mineras los permisos para que operen en sus tierras.',
      'En Nueva Zelanda existen tribunales especiales con jurisdicción sobre las tierras ancestrales de los maoríes; una de sus ventajas es que empoderan a los aborígenes individualmente, liberándolos del yugo de los caciques.',
    ],
    [
      'La protesta social es indisociable de la democracia.',
      'Cuando desborda, recanalizarla es más eficiente que reprimirla: ahí reside el arte del acuerdo.',
      'En la Argentina la tarea es delicada porque pocos confían en la imparcialidad de las instituciones.',
    ],
    [
      'Entonces, cada actor reivindica sus intereses con los medios de que dispone: los sindicatos hacen huelga, los estudiantes toman colegios, los empresarios cierran las fábricas y todos hacen piquetes.',
      'El politólogo Samuel Huntington definía una sociedad así como pretoriana y el jurista Carlos Nino llamó a la Argentina "un país al margen de la ley".',
      'Al movilizarse por sus derechos y desconfiar del Estado, la comunidad mapuche se demuestra bien argentina.',
    ],
    [
      'Las cinco provincias patagónicas tienen una población similar a la de La Matanza.',
      'A diferencia de los Estados Unidos, que se integraron hacia el oeste otorgando parcelas de tierra a los colonizadores, y de Brasil, donde el rol de ocupación y desarrollo territorial fue cumplido por las fuerzas armadas, la Argentina obvió la tarea integradora tras consolidar su soberanía a finales del siglo XX.',
      'Hoy sobra tierra y falta gente.',
    ],
  ],
  de: [
    [
      'AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X freigegeben.',
      'Mit dem Update wird eine praktische Funktion nachgereicht, die die iOS-Version der Anwendung bereits seit längerem beherrscht: Das direkte Erstellen von Einmal-Passwörtern.',
      'Unterstützt wird dabei der TOTP-Standard (Time-Based One-Time Passwords), den unter anderem Firmen wie Evernote, Dropbox oder Google einsetzen, um ihre Zugänge besser abzusichern.',
    ],
    [
      'Update 5.3 des Passwortmanagers liefert auch noch weitere Verbesserungen.',
      'So gibt es die Möglichkeit, FaceTime-Audio- oder Skype-Anrufe aus 1Password zu starten, die Zahl der Zusatzfelder in der Datenbank wurde erweitert und der Umgang mit unterschiedlichen Zeitzonen klappt besser.',
      'Die Engine zur Passworteingabe im Browser soll beschleunigt worden sein.',
    ],
    [
      'Im Mai 2010 haben wir den Geburtstagsgutschein zum 67. meines Vaters eingelöst.',
      'Hier würden gerne ein paar Leute nach 20.00 Uhr die Fähre nutzen wollen um den Biergarten auf der anderen Seite zu besuchen.',
      'Nach eingehender und wochenlanger Beratung haben wir in diesem Küchenstudio unsere Küche bestellt, immerhin für fast 20.000 Euro.',
    ],
    [
      'Leider verspricht die Firma die Ware in ca. 7 Tagen zu liefern aber nach 8 Tagen ist immer noch keine Ware angekommen.',
      'Dr. Sieben ist wirklich hervorragend mit mir umgegangen.',
      'Auf jeden Fall werde ich jetzt immer zu Dr. Sieben gehen!!',
    ],
    [
      'Eine Bekannte empfahl mir dann Herr Dr. Sieben und wie sich herausstellte, war der Preis, den ich dort bezahlte 70 % unter dem der anderen beiden Zahnärzte!!!!',
      'Bin jetzt schon seit einigen Jahren bei Herrn Dr. Sieben in Behandlung und ich bin immer zufrieden gewesen!',
      'Herr Dr. Sieben ist ein äußerst kompetenter und sehr erfahrener Zahnarzt.',
    ],
    // The treebank keeps “… Käse etc. Die Mitarbeiter …” as one sentence; it is two.
    [
      'Die Frühlingsrolle war mit Hackfleisch gegüllt und das essen alles in allem in Öl bzw. Butter getränkt.',
      'Das Frühstück hat sich seit meinem letzten Besuch stark verändert und hat eine grosse Auswahl an Joghurt, Säften, Käse etc.',
      'Die Mitarbeiter sind freundlich, kompetent und gästeorientiert.',
      'Ich bin jetzt schon ca. 4 Jahre Kunde bei Herbalife.',
    ],
    [
      'Nun überlege ich ob ich nicht lieber 3 Std. Anfahrt in Kauf nehme um mich bei Herrn Klimmet ordentlich und freundlich, bedienen zu lassen.',
      'Kam mit großen Zahnschmerzen zu Dr. Brune aufgrund einer Empfehlung.',
      '18.00 Uhr war die Ware bereits versandfertig und 2 Tage später hatte ich die bestellten Artikel zu Hause.',
    ],
    [
      'Das Restaurant im 6. Stock des Best Western Donner \'s Hotel in Cuxhaven wurde völlig umgstaltet.',
      'Im Dezember soll das Europaparlament über die Verwirklichung der zum 1. Januar 1996 geplanten Zollunion der Türkei mit der EU entscheiden.',
      '10. Interessierte Länder und Organisationen werden gebeten, bei der Umsetzung dieses Abkommens zu helfen.',
    ],
    [
      'Wenn es schon Fastfood sein muss, dann bei Jim Block.',
      'Frische leckere Zutaten, ganz wie bei den Mutter - Restaurants Block - Haus.',
      'Kein vergelich zu Fastfoodketten, die ihr Essen in Pappschachteln anbieten.',
    ],
    [
      'Der Laden Kirchenallee stößt zu Hauptzeiten leider an seine Kapazitätsgrenze.',
      'Bei Jim Block bekommen Sie super leckere Burger zu wirklich guten Preisen.',
      'Das Fleisch und der Salat sind immer Frisch und die Burger schmecken super!',
    ],
    [
      'Man bekommt dort die verschiedensten Burger Varianten und nebenbei gibt es auch noch die bekannte Ofenkartoffel und das leckere Knoblauchbrot.',
      'Die Bedingungen sind immer freundlich und der gesamte Laden wirkt sehr gepflegt.',
      'Für mich einer der besten Burger Läden in Hamburg!',
    ],
    [
      'Hatte ein Zimmer zum Hinterhof, war absolut ruhig.',
      'Die Lage mitten im Niederdorf, wo Abends am meisten los ist, ist wirklich sensationel.',
      'Das Zimmer war sauber und hatte Badewann und einen schönen, grossen Flat - TV, den man sonst von 3 - Sterne - Häusern nicht kennt.',
    ],
    [
      'Das Frühstück war sehr reichhaltig, frisch und lecker.',
      'Für einen Städtetripp unbedingt zu empfehlen.',
      'Schönes Hotel das zurzeit renoviert wird.',
    ],
    [
      'Nebst den neuen TV\'s wird die Fassade total renoviert.',
      'Über den Google Maps Eintrag bin ich auf die Website von Frau Weissenborn aufmerksam geworden.',
      'Mit der Beratung und Belieferung meines Kundenberaters Horst Rosenberger bin ich sehr zufrieden.',
    ],
  ],
  pt: [
    [
      '"Em 2012 eu fiz e errei.',
      'O protocolo e a situação gerada no jogo do Palmeiras são fatos de opinião pessoal.',
      'CBF e Palmeiras, enquanto instituições têm a opinião.',
    ],
    [
      'A PF (Polícia Federal) indiciou ontem duas pessoas por vender carro com ágio.',
      'Foram indiciados o dono da revendedora 3.000 Automóveis (Leonardo Romanioli Filho) e o vendedor Luís Silveira, da concessionária Frame.',
      'Os dois foram presos quando o taxista José Fioravanti, 61, foi entregar US$ 1.000 a Romanioli como ágio da compra de um Santana Quantum.',
    ],
    [
      'A possibilidade da gravidez pós-menopausa e o uso de óvulos de fetos abortados (veja texto à pág. 6) são exemplos mais gritantes.',
      '«Ficaram de fora de nossa regulamentação», disse à Folha Antonio Henrique Pedrosa Neto, diretor do CFM.',
      'Ele afirmou, no entanto, que pelo menos a «gravidez pós-menopausa será objeto de nova resolução».',
    ],
    [
      'Mas é na Republica Dominicana que o cruzeiro atinge seu ponto alto.',
      'O navio ancora numa praia, Serena Cay, que se torna exclusiva dos 1.600 passageiros.',
      'Na areia há apenas espreguiçadeiras, coqueiros e barraquinhas de artesanato.',
    ],
    [
      'Entre as mais de 140 participantes da feira, estavam presentes companhias como a Xerox, Kodak, QMS, Digital e Pennant, empresa da IBM para a área de impressão.',
      'A Kodak, por exemplo, apresentou as impressoras/copiadoras ColorEdge 1.560 e 1.565, capazes de copiar em cores frente e verso de documentos de várias páginas.',
      'Podem produzir pequenas brochuras, mala direta, folhetos, realizando até sete impressões por minuto.',
    ],
    [
      'O relações públicas da corporação, tenente-coronel Fernando Belo, disse que o encontro foi uma oportunidade para agradecer e elogiar a colaboração da PM.',
      'Belo negou que na reunião tenha sido discutida a incorporação aos quadros da PM de cerca de 2.000 soldados do Exército.',
      'A possibilidade foi levantada em encontro do governador eleito, Marcello Alencar (PSDB), com oficiais do CML.',
    ],
    [
      'Ao que o PÚBLICO apurou, as razões que têm levado o núcleo duro da metalúrgica a opor-se à entrada da Cortal / Seldex no elenco dirigente tem pouco que ver com o receio de um eventual controlo da empresa pelo concorrente, e muito mais com a inconveniência de desvendar «estratégias empresariais em preparação».',
      'Com efeito, nos últimos anos a F. Ramada tem tomado uma série de medidas de reestruturação e modernização.',
      'É o caso da diminuição substancial do quadro de pessoal, que passou de quase 1200 trabalhadores em 1987 para os actuais 600, o que custou quase meio milhão de contos à empresa.',
    ],
    [
      'A revista começou a ser feita exclusivamente por Lourdes Castro e René Bertholo.',
      'Os primeiros números eram como que uma carta aos amigos.',
      'Depois, iniciou-se a colaboração de todos os elementos do grupo e de muitos outros portugueses, ligados à colaboração escrita, emigrados ou não, como João Vidal, J. M. Simões, José Gil, Helder Macedo, Nuno Bragança, Cristovam de Pavia, Alfredo Margarido, António Areal, José-Augusto França; ou estrangeiros, como André Pieyre de Mandriargues, Karl Laszlo, Benjamim Peterson.',
    ],
    [
      'A polícia efectuou, na manhã de ontem, nada menos do que oito detenções no Bairro de S. Tomé, em Paranhos, na sequência de várias buscas domiciliárias.',
      'A operação policial, que teve início cerca das 9h00, visou detectar indícios de tráfico de estupefacientes.',
      'Num dos domicílios, os agentes detiveram três homens (um estucador de 56 anos, um padeiro de 19 e um empregado de balcão de 24) e três mulheres (uma reformada de 50 anos, uma estudante de 16 e uma tecedeira de 22), aparentemente da mesma família, tendo sido ainda apreendida uma apreciável quantidade de droga.',
    ],
    [
      'No dia 15 de Julho, o automóvel entrava no «stand» da empresa espanhola.',
      'Cinco dias depois Pedro Conceição deslocou-se à cidade com os documentos indispensáveis para avançar com o processo de matrícula (bilhete de identidade, passaporte e número de contribuinte).',
      'No dia seguinte, o carro podia ser levantado, tendo sido efectuado o pagamento de cerca de 1.600 contos em cheque sobre o estrangeiro.',
    ],
    [
      '«Ela tentou olhar o lado esquerdo, mas uma montanha a separava.',
      'Ele fez o mesmo para o lado direito, mas a mesma montanha o impedia.',
      'Cada um contemplou o seu lado, reconhecendo-se, incapaz de transpor a montanha» (pág. 11).',
    ],
    [
      'Vera Lúcia Barbosa, 40, morreu na última quarta presa pelo cinto de segurança ao carro em que estava, que caiu no rio Tietê.',
      'O acidente foi às 21h50, perto da Ponte Cruzeiro do Sul (zona norte).',
      'As outras três pessoas que estavam no carro conseguiram se salvar.',
    ],
  ],
  it: [
    [
      'I dirigenti hanno anche ricevuto la cosiddetta "remunerazione basata sulle prestazioni" per aver raggiunto o superato le aspettative, dividendo tra loro un capitale di 1,5 milioni di dollari o ricevendo in media 15.000 dollari a testa.',
      'Il suo bilancio annuale è superiore a 1,4 miliardi di dollari e occupa oltre 6.000 persone.',
      'Il governo federale riporta in maniera proattiva i livelli aggregati di stipendio basato su performance e bonus per ogni dipartimento ma l\'ultimo post risale al 2013-2014, ovvero è vecchio di due anni.',
    ],
    [
      'Teoricamente, una coppia potrebbe aprire quattro conti corrente Tesco e guadagnare il 3% su £12.000 - £360.',
      'Nel frattempo, i clienti della Bank of Scotland guadagnano il 3% su un saldo di £3.000-£5.000 quando aggiungono al loro conto l\'opzione gratuita Vantage.',
      'Con ciò, teoricamente, è possibile accedere ai propri soldi quando lo si desidera.',
    ],
    [
      'La cifra massima consentita è 5.000 dollari a persona.',
      'All\'inizio di ottobre, il team di transizione aveva usufruito dello stesso luogo per riunirsi con lobbisti tecnologici, invitando rappresentanti di Uber, della Motion Picture Association of America, della Consumer Technology Association e altri gruppi.',
      'L\'incontro era stato inizialmente organizzato per il Metropolitan Club, un club privato di Washington in H Street, a pochi isolati di distanza.',
    ],
    [
      'L\'associazione rappresentante gli agenti immobiliari in Ontario afferma che deve essere fatto di più per proteggere i consumatori e punire gli agenti giudicati colpevoli di atteggiamenti non etici.',
      'Vorrebbe anche che ci fossero maggiori poteri, sia esecutivi che di indagine, per il Real Estate Council of Ontario (RECO), che regola gli agenti provinciali.',
      'Al momento, la sanzione massima che il RECO può imporre a un agente è di 25.000 dollari.',
    ],
    [
      'Iniziata con una semplice risonanza di routine, la situazione si complicò quando Margaret Boemer, madre in dolce attesa di Plano, Texas, scoprì che il suo bambino era affetto da una rara malattia e aveva bisogno di un intervento chirurgico per sopravvivere.',
      'Il teratoma sacrococcigeo è un tipo di tumore che si sviluppa prima della nascita e si espande a partire dal coccige del neonato.',
      'È il tumore più comune riscontrato nei neonati, con una media di uno su 35.000 nascite.',
    ],
    [
      'Un investitore con fortuna nella media e £10.000 investite in obbligazioni potrebbe aspettarsi di ricevere ogni anno un premio di £125.',
      'Se lo facessero, le obbligazioni Premium sarebbero identiche ai conti di risparmio ordinari.',
      'I soldi investiti nelle obbligazioni Premium, e in altri conti nazionali di Investimento & Risparmio, sono utilizzati per finanziare la spesa del Governo.',
    ],
    [
      'Megabizo, comandante di Dario altamente stimato, fu incaricato del compito di completare le conquiste nei Balcani.',
      'Le truppe achemenidi conquistarono la Tracia, le città costiere della Grecia e i Peoni.',
      'Alla fine, nel 512-511 a.C. circa, il re macedone Aminta I si arrese al dominio achemenide e concesse la sua nazione come stato vassallo alla Persia achemenide.',
    ],
    [
      'Diverse tribù germaniche e slave attraversarono la Moravia durante il periodo di migrazione, prima che gli Slavi vi si stabilissero nel VI secolo d.C.',
      'Alla fine dell\'VIII secolo, il Principato di Moravia diventò una regione che comprendeva l\'odierna Moravia, Záhorie nella Slovacchia sud-occidentale e parti della Bassa Austria.',
      'Nell\'833 d.C. questo divenne lo stato della Gran Moravia con la conquista del Principato di Nitra (odierna Slovacchia).',
    ],
    [
      'Un osservatorio astronomico dell\'età del bronzo fu costruito in quei luoghi intorno al 1900 a.C. e fu utilizzato continuamente dalla comunità che viveva nelle vicinanze fino al 700 a.C. circa.',
      'Lo spazio centrale veniva utilizzato per osservare il sorgere del sole e della luna piena.',
      'Tre contrassegni permettono di individuare l\'alba nei giorni del solstizio d\'estate e d\'inverno e nei giorni dei due equinozi.',
    ],
    [
      'Per la prima volta negli ultimi sei anni il tasso di disoccupazione è sceso sotto il 20% e ci sono già 60.0000 persone impiegate in più rispetto a un anno fa.',
      'La sua gestione, comunque, non è stata priva di critiche.',
      'I sindacati sono stati molto agguerriti e in diverse occasioni hanno richiesto l\'abrogazione della legislazione di cui Fátima Báñez è molto orgogliosa.',
    ],
    [
      'Tuttavia allontanandosi dalla sua retorica precedente sulla riduzione dell\'immigrazione, il candidato del partito repubblicano ha proclamato che, in qualità di presidente, permetterà un "numero enorme" di immigrati legali basato su un "sistema meritocratico".',
      '"Odio mettervi sotto pressione, ma il destino della repubblica dipende da voi", ha detto alla folla raccolta in un campo sportivo presso l\'università del North Carolina.',
      'Le nuove spese sono alimentate dal considerevole conto bancario della Clinton.',
    ],
    [
      'In confronto, il costo di costruzione della stazione della metro NoMa, aperta nel 2004 su un tracciato già utilizzato da altre linee, è di 103,7 milioni di dollari.',
      '"Dobbiamo fronteggiare una grande concorrenza e crediamo che la transizione possa essere d\'aiuto", ha affermato Joe Sternlieb, presidente del BID di Georgetown.',
      'Lo studio di fattibilità stima che il tempo di attraversamento del fiume Potomac su una cabina si aggirerebbe intorno ai 4 minuti.',
    ],
  ],
  nl: [
    [
      'Twee grote Nederlandse tbs-instellingen willen zedendelinquenten over enige maanden op vrijwillige basis laten meewerken aan een onderzoek met een leugendetector.',
      'Een woordvoerster van het ministerie van justitie heeft zaterdag gezegd dat het forensisch psychiatrisch centrum Veldzicht in Balkbrug en de dr. Henri Van der Hoeven-kliniek in Utrecht een experiment willen opzetten waarmee beter kan worden voorspeld of een zedendelinquent in de maatschappij kan terugkeren.',
      'De test met de zogeheten polygraaf maakt deel uit van een promotie-onderzoek van psycholoog F. Buschman, hoofdbehandelaar van centrum Veldzicht.',
    ],
    [
      'Zaterdag plaatste de meest onzichtbare vrouw van 1.89 meter zich zonder problemen voor de vierde ronde van Wimbledon.',
      'De eerste echte test wacht vandaag, in de persoon van Jelena Dokic.',
      'Dan zal blijken hoe effectief de nieuwe spelopvatting van Davenport is.',
    ],
    [
      'Myra Poole, een zuster van Notre Dame, verscheen toch, onder applaus - zij wordt nu, na 42 jaar, uit haar congregatie gezet.',
      'De Noord-Ierse Nobelprijswinnaar M.C. Maguire opende de conferentie in het land van Tipperary.',
      'Zelf heeft ze geen roeping tot het priesterambt, maar haar seksegenoten zou die kans wel geboden moeten worden.',
    ],
    [
      'Pogingen om in Nederland te praten over vrouwenwijding stranden op rk onwil.',
      'Vorige maand heeft de bisschop van Brugge, mgr. Robert Vangheluwe, het opgenomen voor de vrouwelijke diaken, maar voor het overige: Rome heeft gesproken, de zaak is gesloten.',
      'Hardnekkig probeert WOW de zaak te heropenen.',
    ],
    [
      'De WOW pleit nu voor financiële steun aan religieuzen als Chittister en Poole die vanwege hun opvattingen over vrouwenwijding niet meer in hun levensonderhoud kunnen voorzien.',
      'De uitgetreden priester J. Wijngaards, een van de drijvende krachten achter de conferentie, erkent dat vrouwenwijding hoofdzakelijk in Westerse hoofden opkomt, maar vraagt er toch internationale aandacht voor.',
      'Volgens hem missen mannelijke priesters het charisma dat mensen aanspreekt; vrouwen hebben dat wel.',
    ],
    [
      'De politie heeft in de nacht van zaterdag op zondag een 30-jarige Rotterdammer aangehouden op verdenking van betrokkenheid bij een dodelijke schietpartij in zijn woonplaats.',
      'Bij de schotenwisseling op een kruising in Rotterdam-Zuid kwam rond 0.30 uur een 35-jarige Rotterdamse om het leven.',
      'Een woordvoerster van de politie meldt dat de aangehouden man en het slachtoffer in het verleden een relatie met elkaar hebben gehad.',
    ],
    [
      'De journaliste en ex-televisie-omroepster Jeanne Roos is in de nacht van vrijdag op zaterdag overleden.',
      'Jeanne Roos werkte ook als regisseur en speelde in de cabaretgroep Inktvis van het Parool, samen met haar vriendin Annie M.G. Schmidt.',
      'Jeanne Roos is 84 jaar geworden, zo meldde het NOS-journaal gistermiddag.',
    ],
    [
      'In die functie is hij februari 1999 een maand op non-actief gesteld.',
      'Dit was op eigen verzoek tijdens de parlementaire enquête naar de Bijlmerramp.',
      'Weck wordt de opvolger van dr. B. Plesch, die management-consultant in het bedrijfsleven is geworden.',
    ],
    [
      'Atkins won meerdere Grammy\'s en werd in 1973 verkozen als lid van de Country Music Hall of Fame van Nashville.',
      'Alleen de grootste countrysterren krijgen die onderscheiding.',
      'Atkins, bijgenaamd \'Mr. Guitar\' naar één van zijn albums, verkocht meer dan 1 miljoen platen.',
    ],
    [
      'Boeren in praktisch heel het land zijn van plan vandaag de ochtendspits lam te leggen.',
      'Op de provincies Drenthe en Limburg na is overal iets georganiseerd, aldus boerenvoorman J. van \'t Hof uit Sint-Annaland gistermiddag.',
      'De boeren willen met de acties protesteren tegen het landbouwbeleid van minister Brinkhorst (Landbouw).',
    ],
    [
      'Onder leiding van Chiel Warners is de Nederlandse ploeg in het Oostenrijkse Ried gepromoveerd naar de superliga van de Europa Cup meerkamp.',
      'Warners, Wassenaar en Valkenburg eindigden met 23.125 punten als tweede in de eerste liga achter Oostenrijk (23.654).',
      'Individueel won Warners de tienkamp met 8206 punten, boven de richtprestatie voor de WK in Edmonton (8150).',
    ],
    [
      'De afgelopen week twijfelde ze nog of ze wel moest meedoen aan het NK.',
      'Moeder Mien spoorde haar aan toch op te stappen.',
      'Tot halverwege de koers had Van Alebeek moeite om zich volledig te concentreren op de wedstrijd.',
    ],
  ],
};

describe.each(Object.entries(REAL_TEXT))('splitSentences on real %s text', (lang, paragraphs) => {
  it('has at least 30 real sentences to check', () => {
    expect(paragraphs.flat().length).toBeGreaterThanOrEqual(30);
  });

  it.each(paragraphs.map((sentences) => [sentences[0]!.slice(0, 48), sentences] as const))('splits “%s…”', (_start, sentences) => {
    expect(splitSentences(sentences.join(' '), lang)).toEqual(sentences);
  });
});
