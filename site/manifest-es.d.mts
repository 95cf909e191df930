/** Spanish of the manifest's JSDoc texts, keyed by the English (spaces collapsed). */
declare const spanish: Record<string, string>;
export default spanish;
