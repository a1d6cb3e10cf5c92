// Words with which a source speculates rather than states. The editor pre-fills a citation's
// hedge words with those found in the selected passage; the author confirms or clears them.

const ZH = [
  "也有可能",
  "可能",
  "應該",
  "应该",
  "也许",
  "也許",
  "或许",
  "或許",
  "据说",
  "據說",
  "大概",
  "估计",
  "估計",
  "似乎",
  "传闻",
  "傳聞",
  "疑似",
  "猜测",
  "猜測",
];
const EN = [
  "maybe",
  "perhaps",
  "possibly",
  "probably",
  "likely",
  "reportedly",
  "allegedly",
  "apparently",
  "rumored",
  "rumoured",
  "seems",
  "might",
  "may",
  "could",
];

/**
 * The hedge words that occur in `quote`, each spelled exactly as the quote has it (the compiler
 * checks that every hedge word occurs in the quote), in the order they occur. A longer word wins over one inside it
 * (也有可能 over 可能); English words match whole and in any case.
 */
export function hedgeWordsIn(quote: string): string[] {
  const found: string[] = [];
  let rest = quote;
  for (const word of ZH) {
    if (rest.includes(word)) {
      found.push(word);
      rest = rest.split(word).join(" ");
    }
  }
  for (const word of EN) {
    const m = new RegExp(`\\b${word}\\b`, "i").exec(quote);
    if (m && !found.includes(m[0])) found.push(m[0]);
  }
  return found.sort((a, b) => quote.indexOf(a) - quote.indexOf(b));
}
