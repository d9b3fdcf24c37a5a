import type { ClutterKind } from '../article';

/**
 * The caption a theme prints above an engagement widget ("Rate this recipe", "Liked by readers", "Points",
 * "¿Te ha gustado este artículo?"): a short line that asks the reader to act on the page, or names the tally.
 * Right before a widget the engine removed, such a line is the widget's own heading even when the article goes
 * on after it. On its own (its widget already dropped by Readability) only a request about this very page is
 * taken: a tally's name ("Reactions", "Points") is also how an article titles a section.
 */

/** Kinds of widgets that ask the reader to act on the page: their captions go with them. */
export const ENGAGEMENT_KINDS: ReadonlySet<ClutterKind> = new Set(['reactions', 'social', 'share', 'poll']);

/** Longest caption: a line, never a sentence of the article. */
export const MAX_CAPTION_CHARS = 64;

/** Question marks of the scripts we read: Latin's, the full-width CJK one, and Arabic's (Persian and Urdu use it too). */
export const QUESTION_MARKS = '?？؟';
const ENDS_IN_QUESTION = new RegExp(`[${QUESTION_MARKS}]$`, 'u');

/** What the page is called, in the languages we read. */
const THIS_PAGE =
  '(this|the|our) (article|story|post|recipe|page|video|answer|review|news|piece|content|guide|tutorial)' +
  '|(este|esta|el|la) (art[ií]culo|nota|noticia|receta|p[aá]gina|v[ií]deo|entrada|publicaci[oó]n|conte[uú]do|mat[eé]ria|post)' +
  '|(cet|cette|ce|l[ae]) (article|recette|page|vid[ée]o|contenu|billet)' +
  '|(diesen|dieser|dieses|diese|den|der|das|die) (artikel|beitrag|rezept|seite|video|inhalt|text)' +
  '|(deste|desta|do|da|o|a) (artigo|receita|p[aá]gina|v[ií]deo|conte[uú]do|mat[eé]ria|post)' +
  '|(questo|questa|il|la|l\')(\\s)?(articolo|ricetta|pagina|video|contenuto|post)' +
  '|(dit|deze|het|de) (artikel|recept|pagina|video|bericht)' +
  // A board's or forum's page: its posts are the thread.
  '|(this|the) (thread|topic|discussion)';

/** A request to rate, vote on, like, share or react to the page, or a question about it, as the whole line. */
const REQUEST = new RegExp(
  `^(?:${[
    `(rate|vote on|vote for|like|love|share|react to|review|recommend) (${THIS_PAGE})`,
    `did you (find|like|enjoy) (${THIS_PAGE})`, `what did you think of (${THIS_PAGE})`, `how (useful|helpful) was (${THIS_PAGE})`,
    'did this (answer|help)( \\p{L}+){0,3}', 'thanks? (you )?for (the|your) (feedback|vote|rating)',
    `(valora|vota|califica|comparte|punt[uú]a) (${THIS_PAGE})`, `te (ha )?gustad?[oó]? (${THIS_PAGE})`, `qu[eé] te (ha )?pareci(do|[oó]) (${THIS_PAGE})`,
    `(notez|votez pour|[ée]valuez|partagez) (${THIS_PAGE})`, `(${THIS_PAGE}) vous a-t-il plu`, `avez-vous aim[ée] (${THIS_PAGE})`,
    `(bewerten sie|bewerte|teilen sie|teile) (${THIS_PAGE})`, `wie gef[aä]llt (ihnen|dir) (${THIS_PAGE})`, `hat (ihnen|dir) (${THIS_PAGE}) gefallen`,
    `(avalie|vote n?[oa]?|compartilhe) (${THIS_PAGE})`, `(voc[eê] )?gostou (${THIS_PAGE})`,
    `(vota|valuta|condividi) (${THIS_PAGE})`, `ti [eè] piaciut[oa] (${THIS_PAGE})`, `(${THIS_PAGE}) ti [eè] piaciut[oa]`,
    `(beoordeel|stem op|deel) (${THIS_PAGE})`, `vond je (${THIS_PAGE})`,
    // The question put as a statement ('Vous avez aimé cet article ?', 'You liked this post?').
    `(vous avez|tu as) aim[ée] (${THIS_PAGE})`, `(you )?(liked|enjoyed) (${THIS_PAGE})`,
    // Languages that put the request last or ask with a particle: Japanese 'please like (share, rate) this', Chinese
    // 'if you found it useful, like and share', Korean 'please press like'. So short a line about liking, sharing or
    // rating the page is the widget's request, not the article's.
    '.{0,16}[「『]?(いいね|シェア|評価|拍手)[」』]?(を|して|・|、|と)?.{0,12}(お願いします|お願いいたします|ください|下さい|してね|しよう)',
    '.{0,16}(请|請|就|欢迎|歡迎).{0,4}(点赞|點讚|點贊|点个赞|评分|打分|鼓掌)(和|与|、|或|并)?(分享|收藏|转发)?(一下)?吧?',
    '.{0,12}(좋아요|공유|추천)(를|을)? ?(눌러|해) ?주세요',
    // Hebrew, Arabic, Czech, Ukrainian and Russian: 'rate the post (article)'.
    'דרגו את (הפוסט|הכתבה|המאמר|העמוד)', 'قيّ?م (هذا )?(المقال|الموضوع|الصفحة)', 'ohodno(ťte|tit|ťe) (článek|čl[aá]nok|příspěvek)',
    'оцініть (статтю|публікацію|допис)', 'оцените (статью|публикацию|пост|материал)',
  ].join('|')})\\s*[${QUESTION_MARKS}!:.]?$`,
  'iu',
);

/** The tally's name or a vote prompt, alone or about this page ("Votre avis sur cet article"), which only a widget beside it makes a caption. */
const TALLY = new RegExp(
  `^(?:${[
    '(liked|loved|rated|recommended|voted) by( \\p{L}+){1,2}', 'vote on( \\p{L}+){1,3}', 'rate it', '(your )?(rating|vote|opinion|feedback)',
    '(points|score|votes|likes|ratings?|reactions|feedback)', 'tu (valoraci[oó]n|voto|opini[oó]n)', '(puntos|votos|valoraciones|reacciones)',
    'votre (avis|note|vote)', '(points|votes|avis|r[ée]actions)', '(ihre|deine) (bewertung|meinung|stimme)', '(punkte|stimmen|bewertungen|reaktionen)',
    'sua (avalia[cç][aã]o|opini[aã]o)', '(pontos|votos|avalia[cç][oõ]es|rea[cç][oõ]es)', 'la tua (valutazione|opinione)', '(punti|voti|valutazioni|reazioni)',
    '(punten|stemmen|reacties)', 'フィードバック', '反馈',
    // Readers' and the site's rating, and feedback, in Indonesian, Vietnamese, Hindi, Turkish and Polish.
    'penilaian( (pembaca|anda|kami))?', 'rating pembaca', 'đánh giá( của (chúng tôi|bạn|độc giả|người đọc))?', 'प्रतिक्रिया( दें)?',
    'फ़?ीडबैक( दें)?', 'okuyucu (puan[ıi]|yorumlar[ıi])', '(twoja )?ocena',
    // Rating and likes in Czech, Slovak, Ukrainian, Russian, Turkish, Dutch, Hebrew and Arabic (sixth fresh set, a
    // development set since its measurement, and how those languages' CMS translations name the tally).
    'hodnocen[ií]( (článku|čl[aá]nku|příspěvku|pr[ií]spevku|čtenářů))?', 'líbí se( mi)?', 'páči sa( mi)?',
    'вподобання', 'оцін(ка|ки)( (статті|читачів))?', 'оценк[аи]( (статьи|читателей))?',
    'beğen(i|iler|enler)', 'wie vindt dit leuk', 'vind-ik-leuks?', 'דירוג( (הכתבה|הפוסט|המאמר|הקוראים))?', 'לייקים',
    'تقييم(ات)?( (المقال|القراء|الصفحة))?', 'إعجاب(ات)?',
  ].join('|')})( (on|about|sur|zu|su|sobre) (${THIS_PAGE}))?\\s*[${QUESTION_MARKS}!:.]?$`,
  'iu',
);

/** Second person, for a question to the reader ("How did you like it?", "¿Qué te pareció?", "Podobał ci się?"). */
const TO_THE_READER = /(^|[\s¿¡])(you|your|tu|te|ti|vous|votre|sie|ihnen|dir|du|voc[eê]|je|jij|u|ci|cię|tobie|twój|twoja|twoje)(?![\p{L}'])/iu;

/** What a feedback or vote widget collects, in the languages we read (word stems). */
const VOTE_WORDS = '(feedback|vot|rating|answer|respon|respuest|opini|avis|r[ée]pons|bewert|stimm|antwort|avalia|respost|rispost|フィードバック|回答|評価|投票|反馈|评价)';
const ANONYMOUS = '(anonym|an[oó]nim|匿名)';
/** A feedback widget's fine print: its votes are anonymous ("Your feedback is anonymous", "フィードバックは匿名で送信されます"). */
const FINE_PRINT = new RegExp(`${VOTE_WORDS}.{0,30}${ANONYMOUS}|${ANONYMOUS}.{0,30}${VOTE_WORDS}`, 'iu');

/** Whether a short line under a widget is its fine print: the votes it collects are anonymous. */
export function isVoteFinePrint(text: string): boolean {
  const clean = line(text);
  return clean.length > 0 && clean.length <= MAX_CAPTION_CHARS && FINE_PRINT.test(clean);
}

/**
 * The site speaking to its reader: "you", "we" or "our" ("Help us improve our guides", "Join our community",
 * "Tell us what you think"; "us" is left out, as "US" is a country). A section heading of an article names its subject.
 */
const SITE_TO_READER = new RegExp(
  `${TO_THE_READER.source}|(^|[\\s¿¡])(we|our|nos|nuestr[oa]s?|nous|notre|wir|uns|unser(e|en)?|nosso|nossa|ci|noi|nostr[oaie]|wij|ons|onze|nas|nasz[aey]?|нас|наш[аеи]?|мы)(?![\\p{L}'])|您|你|我们`,
  'iu',
);

/** Whether a short line speaks to the reader in the site's voice (see SITE_TO_READER). */
export function speaksToReader(text: string): boolean {
  const clean = line(text);
  return clean.length > 0 && clean.length <= MAX_CAPTION_CHARS && SITE_TO_READER.test(clean);
}

function line(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^[¿¡]/u, '');
}

/** A line asking the reader to rate, like, share or react to this very page: clutter even on its own. */
export function isEngagementRequest(text: string): boolean {
  const clean = line(text);
  return clean.length > 0 && clean.length <= MAX_CAPTION_CHARS && REQUEST.test(clean);
}

/** A line that, right before an engagement widget, is the widget's caption. */
export function isEngagementCaption(text: string): boolean {
  const clean = line(text);
  if (!clean || clean.length > MAX_CAPTION_CHARS) return false;
  if (REQUEST.test(clean) || TALLY.test(clean)) return true;
  return ENDS_IN_QUESTION.test(clean) && TO_THE_READER.test(clean);
}

/**
 * The words of a widget's caption, by the kind of widget it names, in many languages: the verb of a share bar
 * ("Share this:", "Teilen mit:", "Поделиться:", "シェアする"), of a follow box ("Stay connected", "Síguenos",
 * "Подпишитесь на нас") or the name of a reaction tally ("Like this:", "Reader reactions"). Only a short line that
 * is nothing but such words counts: a sentence that uses them is the article's.
 */
const CAPTION_WORDS: readonly [ClutterKind, RegExp][] = [
  [
    'share',
    new RegExp(
      `^(${[
        'share( (this|it|on|with|via|the (article|story|post|page)))*', 'sharing is caring', 'spread the word', 'pass it on',
        'weitersagen', 'faites passer le mot', 'corre la voz', 'passa parola', 'espalhe( a not[ií]cia)?', 'teile?n?( (mit|sie|diesen artikel|den artikel|auf))*',
        'partag(er|ez)( (sur|cet article|cette page|avec))*', 'compart(ir|e|elo|ilhe|ilhar)( (en|em|no|esta nota|este art[ií]culo|esta not[ií]cia))*',
        'condividi( (su|questo articolo))*', 'delen( (op|via))?', 'поделит(ься|есь)( (в|с|новостью|статьей|статьёй))*', 'поділитися', 'udostępnij',
        'sd[ií]let', 'dela', 'del', 'jaa', 'megoszt[aá]s', 'payla[sş]', 'bagikan( (ke|artikel ini))?', 'chia s[eẻ]', 'แชร์', 'シェア(する|しよう|してね)?',
        'この記事をシェアする', '分享(到|至|本文|这篇文章)?', '공유(하기)?', 'شارك(ها)?', 'שתפו?',
      ].join('|')})\\s*[:：!.]?$`,
      'iu',
    ),
  ],
  [
    'social',
    new RegExp(
      `^(${[
        'stay (connected|in touch)', 'connect with us', 'follow us( on \\p{L}+)?', 'find us on \\p{L}+', 'join us on \\p{L}+', 'like us on \\p{L}+',
        's[ií]guenos( en \\p{L}+)?', 'suivez-nous( sur \\p{L}+)?', 'folg(e|en sie) uns( auf \\p{L}+)?', 'siga-nos', 'seguici( su \\p{L}+)?', 'volg ons',
        'подпиш(ись|итесь)( на нас)?', 'мы в соцсетях', 'obserwuj nas', 'bizi takip edin', 'ikuti kami', 'フォロー(する|しよう)?',
        // Japanese puts the verb last: "山田花子をフォローする", follow Hanako Yamada.
        '.{1,20}をフォロー(する|しよう|してね|してください)?', '关注我们', 'تابع(ونا|نا)( (على|عبر) .{1,30})?',
        // Persian, Hindi, Korean, Vietnamese, Thai, Hebrew: 'follow us (on the social networks)'.
        'ما را( در .{1,30})? دنبال کنید', 'हमें( .{1,20} पर)? फ़?ॉलो करें', '(저희를 )?팔로우(하세요|해 주세요)', 'theo dõi chúng tôi( trên .{1,20})?',
        'ติดตามเรา(ได้ที่)?( .{1,20})?', 'עקבו אחרינו( ב.{1,20})?',
      ].join('|')})\\s*[:：!.]?$`,
      'iu',
    ),
  ],
  [
    'reactions',
    new RegExp(
      `^(${[
        'like this', 'likes?', 'gef[aä]llt mir', "j'aime", 'me gusta', 'mi piace', 'curtir', 'нравится',
        "((reader|readers'?|user|community|your) )?reactions", 'reacciones( de (los|nuestros) lectores)?', 'r[ée]actions( des lecteurs)?',
        'leserreaktionen', 'reaktionen( der leser)?', 'rea[cç][oõ]es( dos leitores)?', 'reazioni( dei lettori)?', 'реакции( читателей)?',
        // "このノートへのリアクション": reactions to this note.
        '(この)?.{0,10}への?リアクション', '读者反应', '반응',
      ].join('|')})\\s*[:：!.]?$`,
      'iu',
    ),
  ],
];

/** The kind of widget a short caption line names ("Teilen mit:" a share bar), or null when it names none. */
export function captionKind(text: string): ClutterKind | null {
  const clean = line(text).replace(/’/g, "'");
  if (!clean || clean.length > MAX_CAPTION_CHARS) return null;
  for (const [kind, words] of CAPTION_WORDS) if (words.test(clean)) return kind;
  return isEngagementCaption(clean) ? 'reactions' : null;
}
