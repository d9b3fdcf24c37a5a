/**
 * The words of reaction widgets, in the languages we read: the reader-addressed question above them and the
 * labels of their buttons. Words alone decide nothing (prose uses them too): the reactions rule weighs them
 * against the shape of the block.
 */

/** A heading or label asking for the reader's reaction or feeling. */
export const REACTION_QUESTION = new RegExp(
  [
    // English
    "what'?s your (reaction|take|mood)", 'what is your reaction', 'your reactions?\\b', 'how (do|did) you feel',
    'how (does|did) this (story|article|post|news) make you feel', 'react to this', 'share your (reaction|feelings)',
    'how would you rate this', 'what do you think (of|about) this (story|article|post|news)',
    // Spanish
    '¿?qu[eé] te (pareci[oó]|parece)', '¿?cu[aá]l es tu reacci[oó]n', 'tu reacci[oó]n', '¿?c[oó]mo te sientes', '¿?qu[eé] sientes',
'reacciona a (esta|este)',
    // French
    'quelle est votre r[ée]action', 'votre r[ée]action', 'comment vous sentez-vous', "qu'en pensez-vous", 'r[ée]agissez',
    // German
    'wie finden sie (diesen|den|das|die)', 'wie (gef[aä]llt|fandest|fanden) (ihnen|dir|du|sie)', '(ihre|deine) reaktion', 'wie f[uü]hlen sie sich',
    // Portuguese
    'qual (é|e|foi) a sua rea[cç][aã]o', 'qual (a )?sua rea[cç][aã]o', 'o que (você|voce) achou', 'como (você|voce) se sente',
    // Italian
    "qual [eè] la tua reazione", 'la tua reazione', 'come ti senti', 'cosa ne pensi', 'che effetto ti fa',
    // Dutch
    'wat is (jouw|uw) reactie', 'hoe voel je je',
    // The reaction prompts of news sites in more languages, as their reaction modules and CMS translations print
    // them: Indonesian and Malay, Vietnamese, Turkish, Polish, Russian, Ukrainian, Czech and Slovak, Romanian,
    // Hungarian, Greek, the Nordic languages, Arabic, Hebrew, Persian, Hindi, Bengali, Korean, Chinese, Japanese,
    // Thai and Tagalog.
    'bagaimana (reaksi|perasaan) ?(anda|kamu|mu)', '(reaksi|perasaan) (anda|kamu)',
    'bạn cảm thấy (như )?thế nào', '(cảm xúc|cảm nhận) của bạn',
    '(bu )?(habere|haberle ilgili|yazıya|içeriğe|makaleye) tepkin(iz)?', 'tepkiniz ne',
    '(twoja|wasza) reakcja', 'jak się czujesz',
    'ваша реакция', 'ваши эмоции', 'как вам (эта )?(статья|новость|материал|публикация)', 'ваша реакція', 'ваші емоції',
    'vaše reakce', 'vaša reakcia', 'reac[țţ]ia (ta|dumneavoastră)', 'ce părere ai', 'mit szólsz hozzá',
    'η αντίδρασή σας', 'πώς σας φάνηκε', 'din reaktion', 'din reaksjon', 'vad tycker du', 'hva syns du', 'hvad synes du', 'mitä mieltä olet',
    'ما رأيك', 'ما (هو )?رد فعلك', 'ما شعورك', 'התגובה שלך', 'מה דעתך', 'واکنش شما', 'आपकी प्रतिक्रिया', 'আপনার প্রতিক্রিয়া',
    '(이 )?기사에 대한 (당신의 )?(반응|느낌|기분)', '당신의 반응', '(您|你)的心情', '(看|读|讀)完(这篇|本篇|此|這篇)?(文章|新闻|新聞)?(后|後)?的心情',
    'この記事(への|を読んで)(の)?(気持ち|感想|反応)', 'ความรู้สึก(ของคุณ|หลังอ่าน)', 'คุณรู้สึกอย่างไร', 'ano ang (iyong )?reaksyon( mo)?',
  ].join('|'),
  'iu',
);

/**
 * "Was this article helpful?" and its translations (Japanese set on the fifth fresh set; the other Asian languages,
 * Dutch, Polish, Turkish, Indonesian, Vietnamese and Hindi written from how help centres and docs ask it).
 */
export const HELPFUL_QUESTION =
  /(was|is|did you find) (this|the) (article|page|story|post|answer|information)? ?(helpful|useful)|was this helpful|¿?te (result[oó]|ha resultado|pareci[oó]) [uú]til|¿?(fue|es) [uú]til|(cet article|cette page|ce contenu) (vous )?a-t-il été utile|(war|ist) (dieser|der) (artikel|beitrag|inhalt)? ?hilfreich|war das hilfreich|(este|esse) (artigo|conteúdo) foi útil|foi útil|(questo articolo|questa pagina|queste informazioni) (ti )?(è|sono) stat[oae] utile|ti è stato utile|(この)?(記事|ページ|情報)は(お)?役に立ちましたか|役に立ちましたか|(这篇文章|本文|此页面|这个页面|本页)?(对您|对你)?有(帮助|用)吗|(這篇文章|本文|此頁面)?(對您)?有(幫助|用)嗎|도움이 (되었|됐)(나요|습니까)|(was|is) (dit|deze) (artikel|pagina)? ?(nuttig|behulpzaam)|czy (ten artykuł|ta strona|to) (był[ao]? )?pomocn[ay]|bu (makale|sayfa|i[çc]erik) (yararl[ıi]|faydal[ıi]) (m[ıi]|oldu mu)|apakah (artikel|halaman) ini (membantu|bermanfaat)|(bài viết|trang) (này )?có hữu ích không|क्या (यह )?(लेख|पेज|पृष्ठ) (उपयोगी|मददगार) (था|रहा)/iu;

/** A heading that just says "Reactions": a widget's title, not a question found in running text. */
export const REACTION_TITLE = /^(reactions?|reacciones|r[ée]actions|reaktionen|rea[cç][oõ]es|reazioni|reacties|reaksi|tepkiler|reakcje|реакции|реакції|reakce|reac[țţ]ii)(?!\p{L})/iu;

const LABELS = [
  // English
  'like', 'likes', 'liked', 'dislike', 'dislikes', 'love', 'loved', 'haha', 'funny', 'lol', 'lmao', 'wow', 'omg', 'sad',
  'angry', 'mad', 'win', 'fail', 'cute', 'wtf', 'yay', 'geeky', 'scary', 'happy', 'surprised', 'shocked', 'amazed',
  'amused', 'confused', 'bored', 'excited', 'inspired', 'upset', 'care', 'celebrate', 'insightful', 'curious',
  'unmoved', 'meh', 'yikes', 'ugh', 'fear', 'afraid', 'laugh', 'cry', 'thumbs up', 'thumbs down', 'upvote',
  'downvote', 'upvotes', 'downvotes', 'hate', 'sleepy', 'wink', 'cool', 'awesome', 'interesting', 'boring',
  'clap', 'fire', 'heart', 'agree', 'disagree',
  // Spanish
  'me gusta', 'no me gusta', 'me encanta', 'me divierte', 'me asombra', 'me sorprende', 'me entristece',
  'me enoja', 'me enfada', 'me indigna', 'me importa', 'divertido', 'triste', 'enojado', 'enfadado',
  'sorprendido', 'asombrado', 'feliz', 'indignado', 'aburrido', 'emocionado', 'me da igual',
  // French
  "j'aime", "je n'aime pas", "j'adore", 'drôle', 'dr[oô]le', 'en colère', 'surpris', 'étonné', 'choqué', 'heureux',
  'wouah', 'ouah', 'grrr?', 'solidaire', 'inquiet', 'amusé', 'indigné', 'bravo', 'ému', 'touchant',
  // German
  'gefällt mir', 'gefällt mir nicht', 'lustig', 'traurig', 'wütend', 'überrascht', 'erstaunt', 'toll',
  'ärgerlich', 'schockiert', 'glücklich', 'begeistert', 'verärgert', 'berührt', 'interessant', 'langweilig',
  // Portuguese
  'curti', 'amei', 'gostei', 'não gostei', 'uau', 'irritado', 'surpreso', 'engraçado', 'chocado', 'bravo',
  'emocionado', 'revoltado', 'apaixonado',
  // Italian
  'mi piace', 'non mi piace', 'adoro', 'divertente', 'sorpreso', 'arrabbiato', 'felice', 'indignato',
  'scioccato', 'stupito', 'commosso', 'preoccupato', 'annoiato',
  // Dutch
  'leuk', 'grappig', 'verdrietig', 'boos', 'verrast',
  // Indonesian and Malay, Vietnamese, Turkish, Polish, Russian, Ukrainian, Arabic, Korean (a news portal's
  // reaction row), Japanese and Chinese (a CMS's mood row): the buttons' labels as those languages' modules print them.
  'suka', 'tidak suka', 'senang', 'sedih', 'marah', 'kaget', 'terkejut', 'lucu', 'takut', 'kesal', 'terharu', 'terinspirasi', 'kecewa',
  'thích', 'yêu thích', 'vui', 'buồn', 'tức giận', 'giận dữ', 'ngạc nhiên', 'phẫn nộ', 'hài hước', 'sợ hãi', 'phấn khích',
  'beğendim', 'beğenmedim', 'sevdim', 'komik', 'üzgün', 'kızgın', 'şaşırdım', 'şaşkın', 'mutlu', 'korktum',
  'lubię to', 'nie lubię', 'śmieszne', 'smutne', 'zaskakujące', 'wkurzające',
  'нравится', 'не нравится', 'смешно', 'грустно', 'удивительно', 'возмутительно', 'подобається', 'не подобається', 'смішно', 'сумно',
  'أعجبني', 'مضحك', 'حزين', 'غاضب', 'مندهش',
  '좋아요', '싫어요', '훈훈해요', '슬퍼요', '화나요', '놀라워요', '웃겨요', '후속기사 원해요',
  'いいね', '悲しい', '驚いた', '面白い', '開心', '开心', '难过', '難過', '震惊', '震驚', '愤怒', '憤怒', '搞笑', '无聊', '無聊', '感动', '感動', '路过', '路過',
];

/** Reaction labels as whole words or phrases. */
export const REACTION_LABEL = new RegExp(
  `(?<![\\p{L}'])(?:${[...LABELS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'giu',
);

/** One emoji, with its variation selector, skin tone and joined parts. */
export const EMOJI = /(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;

/** A count or share: "12", "1.2K", "40%", "(3)". */
export const COUNT = /(?<![\p{L}\d])\d[\d.,]*\s?(?:%|[kKmM](?!\p{L}))?(?![\p{L}\d])/gu;

export const STAR = /[★☆⭐✩✪✭✮✯]/gu;

/**
 * A star icon's label, as rating plugins write it in each star's alt text or title ("1 Star", "4 Sterne",
 * "2 étoiles"): a star, not a count and words.
 */
export const STAR_LABEL = /(?<![\p{L}\d])\d(?:[.,]5)?\s*(?:stars?|sterne?n?|estrellas?|[ée]toiles?|estrelas?|stell[ae]|sterren|stjärn(a|or)|gwiazd(ka|ki|ek)?|yıldız|bintang|звезд(а|ы)?|звёзд)(?![\p{L}])/giu;

/**
 * The nouns a counter names its tally with, by the kind of widget that shows it: "6.2K Shares", "379 Follower",
 * "12 Kommentare", "1.4K views", "1,026 人鼓掌" (1,026 people clapped). A block of nothing but one count and such a noun is a counter left behind. A
 * score ("25 points") is left out: discussion pages show it as content.
 */
export const TALLY_NOUNS: readonly ['share' | 'social' | 'reactions' | 'comments' | 'meta', RegExp][] = [
  ['share', /^(shares?|compartidos|veces compartido|partages|geteilt|mal geteilt|compartilhamentos|condivisioni|gedeeld|udostępnie(ń|nia)|репост(ов|а|ы)?|シェア|paylaşım|chia sẻ|lượt chia sẻ|dibagikan|поширень|sdílení|distribuiri|megosztás|مشاركة|שיתופים|공유|分享)$/iu],
  ['social', /^(followers?|fans|subscribers|seguidores|suscriptores|abonnés|abonnenten|iscritti|volgers|obserwuj[aą]cych|подписчик(ов|а|и)?|フォロワー)$/iu],
  ['reactions', /^(likes|votes|claps|hearts|upvotes|reactions|votos|stimmen|curtidas|voti|reacciones|réactions|reaktionen|reações|reazioni|me gusta|j'aime|mi piace|лайк(ов|а|и)?|いいね|人?(鼓掌|点?赞)|stemmen|beğeni|oy|tepki|lượt thích|thích|lượt bình chọn|suka|suara|reaksi|polubie(ń|nia)|głos(ów|y)|reakcj[ie]|голос(ов|а)|реакци(й|и)|вподобань|голосів|лайків|реакцій|hlasů|hlasy|lajků|aprecieri|voturi|reac[țţ]ii|kedvelés|szavazat|ψήφοι|röster|gillningar|tykkäystä|ääntä|stemmer|إعجاب(ات)?|أصوات|לייקים|הצבעות|لایک|रिएक्शन|लाइक|वोट|লাইক|ভোট|좋아요|추천|ถูกใจ|โหวต|kudos|aplausos|applausi|applaudissements|applaus|oklaski|alkış|аплодисмент(ов|ы))$/iu],
  ['comments', /^(comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|reactie|komentarz(y|e)?|yorum|комментари(ев|я|й|и)|コメント|bình luận|komentar|коментар(ів|і)|komentář(ů|e)|comentarii|hozzászólás|تعليق(ات)?|תגובות|댓글|评论|評論)$/iu],
  ['meta', /^(views|reads|aufrufe|vues|lectures|visitas|lecturas|visualizações|visualizzazioni|letture|weergaven|wyświetle(ń|nia)|просмотр(ов|а|ы)?|lượt xem|dilihat|kali dibaca|görüntülenme|okunma|переглядів|zobrazení|vizualizări|megtekintés|مشاهدة|צפיות|조회|阅读|閱讀|浏览)$/iu],
];
