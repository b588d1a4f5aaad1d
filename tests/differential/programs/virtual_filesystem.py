# An in-memory file system: Node/File/Directory classes, path resolution
# with "." and "..", a shell-like API raising the builtin OSError subclasses
# (FileNotFoundError, FileExistsError, IsADirectoryError, NotADirectoryError),
# a pushd-style context manager for the working directory, recursive walk and
# find generators, du via recursion, and a tree printer.
from contextlib import contextmanager
from typing import Dict, Iterator, List, Optional, Tuple


class Node:
    def __init__(self, name: str, parent: Optional["Directory"]) -> None:
        self.name = name
        self.parent = parent

    @property
    def path(self) -> str:
        if self.parent is None:
            return "/"
        base = self.parent.path
        return (base if base.endswith("/") else base + "/") + self.name

    def size(self) -> int:
        raise NotImplementedError

    def __repr__(self) -> str:
        return "<%s %s>" % (type(self).__name__, self.path)


class File(Node):
    def __init__(self, name: str, parent: "Directory", data: str = "") -> None:
        super().__init__(name, parent)
        self.data = data

    def size(self) -> int:
        return len(self.data)


class Directory(Node):
    def __init__(self, name: str, parent: Optional["Directory"]) -> None:
        super().__init__(name, parent)
        self.children: Dict[str, Node] = {}

    def size(self) -> int:
        return sum(c.size() for c in self.children.values())

    def __iter__(self) -> Iterator[Node]:
        return iter(sorted(self.children.values(), key=lambda n: n.name))

    def __len__(self) -> int:
        return len(self.children)

    def __contains__(self, name: str) -> bool:
        return name in self.children


class FileSystem:
    def __init__(self) -> None:
        self.root = Directory("", None)
        self.cwd = self.root

    def _split(self, path: str) -> Tuple[Directory, List[str]]:
        start = self.root if path.startswith("/") else self.cwd
        return start, [p for p in path.split("/") if p and p != "."]

    def resolve(self, path: str) -> Node:
        node, parts = self._split(path)
        for i, part in enumerate(parts):
            if not isinstance(node, Directory):
                raise NotADirectoryError("not a directory: " + node.path)
            if part == "..":
                node = node.parent or node
                continue
            if part not in node:
                raise FileNotFoundError("no such file or directory: " + "/".join(parts[:i + 1]))
            node = node.children[part]
        return node

    def _parent_and_name(self, path: str) -> Tuple[Directory, str]:
        head, _, name = path.rstrip("/").rpartition("/")
        parent = self.resolve(head or ("/" if path.startswith("/") else "."))
        if not isinstance(parent, Directory):
            raise NotADirectoryError("not a directory: " + parent.path)
        return parent, name

    def mkdir(self, path: str, parents: bool = False) -> Directory:
        if parents:
            node, parts = self._split(path)
            for part in parts:
                if part not in node.children:
                    node.children[part] = Directory(part, node)
                node = node.children[part]
                if not isinstance(node, Directory):
                    raise FileExistsError("file exists: " + node.path)
            return node
        parent, name = self._parent_and_name(path)
        if name in parent:
            raise FileExistsError("file exists: " + parent.children[name].path)
        d = parent.children[name] = Directory(name, parent)
        return d

    def write(self, path: str, data: str, append: bool = False) -> int:
        parent, name = self._parent_and_name(path)
        node = parent.children.get(name)
        if isinstance(node, Directory):
            raise IsADirectoryError("is a directory: " + node.path)
        if node is None or not append:
            node = parent.children[name] = File(name, parent, data)
        else:
            node.data += data
        return node.size()

    def read(self, path: str) -> str:
        node = self.resolve(path)
        if isinstance(node, Directory):
            raise IsADirectoryError("is a directory: " + node.path)
        return node.data

    def rm(self, path: str) -> None:
        node = self.resolve(path)
        if node is self.root:
            raise PermissionError("refusing to remove /")
        if isinstance(node, Directory) and len(node):
            raise OSError("directory not empty: " + node.path)
        del node.parent.children[node.name]

    @contextmanager
    def pushd(self, path: str):
        node = self.resolve(path)
        if not isinstance(node, Directory):
            raise NotADirectoryError("not a directory: " + node.path)
        saved, self.cwd = self.cwd, node
        try:
            yield node
        finally:
            self.cwd = saved

    def walk(self, top: Optional[Directory] = None) -> Iterator[Tuple[str, List[str], List[str]]]:
        top = top or self.root
        dirs = [n.name for n in top if isinstance(n, Directory)]
        files = [n.name for n in top if isinstance(n, File)]
        yield top.path, dirs, files
        for n in top:
            if isinstance(n, Directory):
                yield from self.walk(n)

    def find(self, suffix: str) -> Iterator[File]:
        for path, _, files in self.walk():
            for f in files:
                if f.endswith(suffix):
                    yield self.resolve(path.rstrip("/") + "/" + f)

    def tree(self, node: Optional[Directory] = None, prefix: str = "") -> List[str]:
        node = node or self.root
        lines = [] if prefix else ["/ (%d bytes)" % node.size()]
        kids = list(node)
        for i, child in enumerate(kids):
            last = i == len(kids) - 1
            tag = "/" if isinstance(child, Directory) else " (%d)" % child.size()
            lines.append(prefix + ("`-- " if last else "|-- ") + child.name + tag)
            if isinstance(child, Directory):
                lines.extend(self.tree(child, prefix + ("    " if last else "|   ")))
        return lines


fs = FileSystem()
fs.mkdir("/home/ann/docs", parents=True)
fs.mkdir("/etc")
fs.write("/etc/hosts", "127.0.0.1 localhost\n")
with fs.pushd("/home/ann") as here:
    print("in", here.path)
    fs.write("notes.txt", "buy milk\n")
    fs.write("notes.txt", "call bob\n", append=True)
    fs.write("docs/cv.md", "# CV\n")
    with fs.pushd("docs/../docs/."):
        print("nested cwd", fs.cwd.path, fs.read("cv.md").strip())
    print("back to", fs.cwd.path)
print("cwd restored:", fs.cwd.path)
print("\n".join(fs.tree()))
print(repr(fs.read("/home/ann/notes.txt")))
for path, dirs, files in fs.walk():
    print("walk", path, dirs, files)
print([f.path for f in fs.find(".txt")], fs.resolve("/home").size())
errors = [
    lambda: fs.read("/home/bob/x"),
    lambda: fs.mkdir("/etc"),
    lambda: fs.read("/home/ann"),
    lambda: fs.write("/etc/hosts/x", "y"),
    lambda: fs.rm("/home/ann"),
    lambda: fs.rm("/"),
    lambda: fs.mkdir("/etc/hosts/sub", parents=True),
]
for thunk in errors:
    try:
        thunk()
    except OSError as e:
        print("%-18s %s" % (type(e).__name__, e))
try:
    with fs.pushd("/etc"):
        fs.write("motd", "hi")
        raise KeyError("boom inside pushd")
except KeyError as e:
    print("KeyError", e, "cwd:", fs.cwd.path, "motd" in fs.resolve("/etc"))
fs.rm("/etc/motd")
print(len(fs.resolve("/etc")), issubclass(FileNotFoundError, OSError), fs.resolve("/home/ann/docs/cv.md"))
