# Huffman codes: frequency counting, a heap of tree nodes ordered by
# (weight, tie-breaker) via dataclass(order=True), code table built by a
# recursive generator, encode/decode with a bit-string, a Codec class with
# __repr__, __len__ and __contains__, error handling for unknown symbols and
# corrupt input, and round trips checked on several texts.
import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterator, Optional, Tuple


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    @property
    def is_leaf(self) -> bool:
        return self.symbol is not None


class CodecError(ValueError):
    pass


class Codec:
    def __init__(self, text: str) -> None:
        if not text:
            raise CodecError("cannot build a code from empty text")
        self.freq = Counter(text)
        heap = [Node(w, i, s) for i, (s, w) in enumerate(sorted(self.freq.items()))]
        heapq.heapify(heap)
        counter = len(heap)
        while len(heap) > 1:
            a = heapq.heappop(heap)
            b = heapq.heappop(heap)
            heapq.heappush(heap, Node(a.weight + b.weight, counter, None, a, b))
            counter += 1
        self.root = heap[0]
        self.table: Dict[str, str] = dict(self._codes(self.root, ""))

    def _codes(self, node: Node, prefix: str) -> Iterator[Tuple[str, str]]:
        if node.is_leaf:
            yield node.symbol, prefix or "0"
            return
        yield from self._codes(node.left, prefix + "0")
        yield from self._codes(node.right, prefix + "1")

    def __len__(self) -> int:
        return len(self.table)

    def __contains__(self, symbol: str) -> bool:
        return symbol in self.table

    def __repr__(self) -> str:
        return "Codec(%d symbols, root weight %d)" % (len(self), self.root.weight)

    def encode(self, text: str) -> str:
        try:
            return "".join(self.table[ch] for ch in text)
        except KeyError as e:
            raise CodecError("symbol %r not in code" % e.args[0]) from e

    def decode(self, bits: str) -> str:
        if self.root.is_leaf:
            return self.root.symbol * len(bits)
        out, node = [], self.root
        for i, b in enumerate(bits):
            if b not in "01":
                raise CodecError("bad bit %r at %d" % (b, i))
            node = node.left if b == "0" else node.right
            if node.is_leaf:
                out.append(node.symbol)
                node = self.root
        if node is not self.root:
            raise CodecError("truncated input")
        return "".join(out)

    def cost(self, text: str) -> Tuple[int, int]:
        return len(self.encode(text)), 8 * len(text)


def pack(bits: str) -> bytes:
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


samples = ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]
for text in samples:
    codec = Codec(text)
    bits = codec.encode(text)
    back = codec.decode(bits)
    used, raw = codec.cost(text)
    print(repr(codec), "|", text[:20], "|", used, "of", raw, "bits", "| ok" if back == text else "| MISMATCH")
    print("   ", ", ".join("%r=%s" % (s, c) for s, c in sorted(codec.table.items(), key=lambda kv: (len(kv[1]), kv[0]))))
    print("    packed:", pack(bits).hex())
codec = Codec("abracadabra")
print("a" in codec, "z" in codec, len(codec), codec.freq.most_common(2))
for bad in ("abz", None):
    try:
        if bad is None:
            codec.decode("0102")
        else:
            codec.encode(bad)
    except CodecError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
try:
    codec.decode(codec.encode("abr")[:-1])
except CodecError as e:
    print(type(e).__name__, e)
try:
    Codec("")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, CodecError))
print(sorted([Node(3, 1, "x"), Node(1, 5, "y"), Node(3, 0, "z")]))
