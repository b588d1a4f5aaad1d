# A mini Markdown to HTML renderer: a line-oriented block parser that yields
# Block objects (headings, paragraphs, lists, code fences, quotes) from a
# generator, an inline renderer for **bold**, *em*, `code` and [links](url)
# with HTML escaping, a Visitor-style renderer using method dispatch by
# class name, and strict-mode errors for unclosed fences.
from dataclasses import dataclass, field
from typing import Iterator, List


class MarkdownError(Exception):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__("line %d: %s" % (line, msg))
        self.line = line


@dataclass
class Block:
    pass


@dataclass
class Heading(Block):
    level: int
    text: str


@dataclass
class Paragraph(Block):
    lines: List[str] = field(default_factory=list)


@dataclass
class ListBlock(Block):
    ordered: bool
    items: List[str] = field(default_factory=list)


@dataclass
class Code(Block):
    lang: str
    lines: List[str] = field(default_factory=list)


@dataclass
class Quote(Block):
    lines: List[str] = field(default_factory=list)


def escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse_blocks(text: str, strict: bool = True) -> Iterator[Block]:
    current = None
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            if current:
                yield current
                current = None
            code = Code(stripped[3:].strip())
            start = i + 1
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.lines.append(lines[i])
                i += 1
            if i == len(lines) and strict:
                raise MarkdownError(start, "unclosed code fence")
            yield code
        elif not stripped:
            if current:
                yield current
            current = None
        elif stripped.startswith("#"):
            if current:
                yield current
                current = None
            level = len(stripped) - len(stripped.lstrip("#"))
            if level > 6:
                raise MarkdownError(i + 1, "heading level %d too deep" % level)
            yield Heading(level, stripped[level:].strip())
        elif stripped[:2] in ("- ", "* ") or (stripped.split(".")[0].isdigit() and ". " in stripped):
            ordered = stripped[0].isdigit()
            item = stripped.split(" ", 1)[1]
            if not (isinstance(current, ListBlock) and current.ordered == ordered):
                if current:
                    yield current
                current = ListBlock(ordered)
            current.items.append(item)
        elif stripped.startswith(">"):
            if not isinstance(current, Quote):
                if current:
                    yield current
                current = Quote()
            current.lines.append(stripped[1:].strip())
        else:
            if not isinstance(current, Paragraph):
                if current:
                    yield current
                current = Paragraph()
            current.lines.append(stripped)
        i += 1
    if current:
        yield current


def inline(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        for marker, tag in (("**", "strong"), ("*", "em"), ("`", "code")):
            if s.startswith(marker, i):
                end = s.find(marker, i + len(marker))
                if end != -1:
                    inner = s[i + len(marker):end]
                    body = escape(inner) if tag == "code" else inline(inner)
                    out.append("<%s>%s</%s>" % (tag, body, tag))
                    i = end + len(marker)
                    break
        else:
            if s[i] == "[" and "](" in s[i:]:
                close = s.index("](", i)
                end = s.find(")", close)
                if end != -1:
                    out.append('<a href="%s">%s</a>' % (escape(s[close + 2:end]), inline(s[i + 1:close])))
                    i = end + 1
                    continue
            out.append(escape(s[i]))
            i += 1
    return "".join(out)


class HtmlRenderer:
    def render(self, blocks) -> str:
        return "\n".join(getattr(self, "visit_" + type(b).__name__)(b) for b in blocks)

    def visit_Heading(self, b: Heading) -> str:
        return "<h%d>%s</h%d>" % (b.level, inline(b.text), b.level)

    def visit_Paragraph(self, b: Paragraph) -> str:
        return "<p>%s</p>" % inline(" ".join(b.lines))

    def visit_ListBlock(self, b: ListBlock) -> str:
        tag = "ol" if b.ordered else "ul"
        return "<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % inline(x) for x in b.items), tag)

    def visit_Code(self, b: Code) -> str:
        cls = ' class="%s"' % b.lang if b.lang else ""
        return "<pre%s>%s</pre>" % (cls, escape("\n".join(b.lines)))

    def visit_Quote(self, b: Quote) -> str:
        return "<blockquote>%s</blockquote>" % inline(" ".join(b.lines))


DOC = """# Molt *notes*

Molt compiles **Python** to native code.
It keeps `a < b` and [the docs](http://x/?a=1&b=2) intact.

- first **item**
- second *item*
1. one
2. two

> quoted *text*
> continues

```python
if a < b:
    print("x & y")
```
####### too deep"""

renderer = HtmlRenderer()
blocks = []
try:
    for block in parse_blocks(DOC):
        blocks.append(block)
except MarkdownError as e:
    print("error:", e, "| line attr", e.line)
print([type(b).__name__ for b in blocks])
print(renderer.render(blocks))
try:
    list(parse_blocks("text\n```\nunclosed"))
except MarkdownError as e:
    print(type(e).__name__, e)
print(renderer.render(parse_blocks("```\nunclosed but lenient", strict=False)))
print(inline("**bold *nested em* end** and *unclosed"))
print(Heading(2, "x") == Heading(2, "x"), ListBlock(True))
