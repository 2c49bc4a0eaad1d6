const WORDS = [
  "Zero",
  "One",
  "Two",
  "Three",
  "Four",
  "Five",
  "Six",
  "Seven",
  "Eight",
  "Nine",
  "Ten",
  "Eleven",
  "Twelve",
  "Thirteen",
  "Fourteen",
  "Fifteen",
  "Sixteen",
  "Seventeen",
  "Eighteen",
  "Nineteen",
  "Twenty",
];

/** "Ten" for 10: the capitalised English word for 1..20, digits otherwise. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 20 ? (WORDS[n] ?? String(n)) : String(n);
}
