#!/usr/bin/python3
"""Write testdata/tricky_words.txt: words that trip up a naive port of hashing.py.

A byte-order mark (Python's open() keeps it in the first word), separators that are Python
whitespace but not ASCII (U+001C, U+0085, U+00A0, U+2028, U+3000), characters that are
whitespace to JavaScript but not to Python (U+FEFF, and U+200B, which neither splits on),
upper-case non-ASCII letters, 'İ' (lowers to two code points), final sigma, astral letters,
code points newer than Python 3.11's Unicode 14, and words longer than one MD5 block.
"""
import os

words = [
    "\ufeffApple", "banana", "Cherry", "ΟΔΟΣ", "ΣΑΣ", "Ζεύς", "İstanbul", "ÉCOLE", "naïve",
    "𐐀𐐁", "😀smile", "\U0001d400bold", "\u1c89new", "\U00016ea0", "ǅemal", "ẞtraße", "\u212aelvin",
    "\u2126hm", "Zebra", "tango", "mango", "gamma", "no\ufeffsplit", "zero\u200bwidth",
    "x" * 60, "中文" * 20, "é" * 28, "ΑΣ'Α", "Σ", "fin", "GREEK", "ʕ", "Ω\u0301Σ",
]
separators = [" ", "\n", "\x1c", "\x85", "\u00a0", "\u2028", "\u3000", "\t", "\r\n", "  \x1f "]
text = ""
for i, word in enumerate(words):
    text += word + separators[i % len(separators)]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tricky_words.txt")
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write(text)
assert open(out, encoding="utf-8").read().split() == words, "fixture does not split back"
print(len(words), "words")
