import { labelled, type ClutterRule } from '../rule';

/**
 * Social boxes: a network's like or follow plugin, "1.2K people like this", "Follow us on …" rows and feed (RSS)
 * subscribe boxes. They ask the reader to follow the site, not to react to the article: not reaction widgets.
 */

const MAX_BOX_CHARS = 300;
const PLUGIN = /facebook\.com\/plugins\/(like|page|follow)|platform\.twitter\.com\/widgets\/follow|instagram\.com\/embed\.js/i;
/**
 * "1.2K people like this", "12 mensen vonden dit leuk", "37 人赞了": a count of people and the verb of their like or
 * follow, in many languages (the people noun and verb lists were widened on the fourth fresh set's like lines, then
 * to German's dative, Polish, Russian, Ukrainian, Turkish, Vietnamese and Indonesian like lines).
 */
const PEOPLE_LIKE =
  /\d[\d.,]*\s?[kKmM]?\s+(people|persons|others|followers|fans|readers|personas|seguidores|personnes|abonnés|personen|leute|leuten|menschen|pessoas|persone|mensen|osób|osoby|osobom|людей|людям|человек|kişi|người|orang)\s+(like|liked|follow|reacted|les gust[aó]|siguen|aiment|ont aimé|suivent|gefällt|gefallen|gefiel|folgen|curt[ie][rm]|gostaram|seguem|piace|seguono|vonden|vinden|volgen|polubił[oy]|lubi|podoba się|понравилось|нравится|подобається|сподобалося|beğendi|(đã )?thích|menyukai)|\d\s?人(赞|点赞|喜欢|がいいね)/iu;
const FOLLOW =
  /^(follow us|follow (me|him|her|them)\b|find us on|like us on|join us on|connect with us|stay connected|s[ií]guenos|s[ií]gueme|suivez-nous|retrouvez-nous|folgen sie uns|folge uns|siga-nos|sigam-nos|seguici|volg ons|ikuti kami)\b/iu;
const FEED = /^(subscribe (to|via) (our )?(rss|feed|atom)|rss( feed)?|atom feed|suscr[ií]bete (al|a nuestro) (rss|feed)|flux rss|rss-feed abonnieren)\b/iu;
/**
 * A follow request left alone once Readability dropped its network buttons: "Follow Jane Doe", "Síguenos",
 * "山田花子をフォローする" (Japanese puts the verb last), "关注我们", "팔로우하기".
 */
const FOLLOW_ALONE =
  /^((follow|s[ií]gue(nos|me)?|suivez(-nous)?|folge(n sie)?|siga(-nos)?|segui(ci)?|volg|ikuti)(\s+\S+){0,3}|.{1,20}(を|に)?フォロー(する|しよう|してね|して下さい|してください)?|关注(我们|我)?.{0,12}|.{0,12}팔로우(하기|하세요)?)\s*[!:.]?$/iu;
const MAX_ALONE_CHARS = 40;
const NETWORK = /\b(facebook|twitter|x\.com|instagram|linkedin|youtube|tiktok|threads|mastodon|bluesky|telegram|whatsapp|pinterest|rss|feed)\b/iu;

export const socialRule: ClutterRule = {
  kind: 'social',
  match(el, view) {
    if (el.tagName === 'IFRAME') return PLUGIN.test(el.getAttribute('src') ?? '') ? labelled(view, el) : null;
    const s = view.stats(el);
    if (s.chars > MAX_BOX_CHARS || s.longParagraphs > 0 || s.headings > 1) return null;
    if (view.named(el, /^fb-(like|page|follow)/)) return labelled(view, el);
    const sig = view.signature(el);
    if (PEOPLE_LIKE.test(sig)) return labelled(view, el);
    const start = view.lead(el) || sig;
    if (s.chars <= MAX_ALONE_CHARS && s.headings === 0 && FOLLOW_ALONE.test(sig)) return labelled(view, el);
    if ((FOLLOW.test(start) || FEED.test(start)) && (s.links + s.controls + s.images > 0 || NETWORK.test(sig))) return labelled(view, el);
    return null;
  },
};
