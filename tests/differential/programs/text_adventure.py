# A text adventure: rooms and items as classes, a Player with an inventory,
# commands parsed with match (sequence, OR, capture and guard patterns),
# game rules enforced with a hierarchy of exceptions, doors locked by items,
# and a scripted walkthrough with a score.
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional


class Direction(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self) -> "Direction":
        return {Direction.NORTH: Direction.SOUTH, Direction.SOUTH: Direction.NORTH,
                Direction.EAST: Direction.WEST, Direction.WEST: Direction.EAST}[self]


class GameError(Exception):
    pass


class CannotGo(GameError):
    pass


class Locked(CannotGo):
    def __init__(self, needs: str) -> None:
        super().__init__("the door is locked (you need the %s)" % needs)
        self.needs = needs


class NoSuchItem(GameError):
    pass


@dataclass
class Item:
    name: str
    points: int = 0
    portable: bool = True


@dataclass
class Room:
    name: str
    description: str
    items: Dict[str, Item] = field(default_factory=dict)
    exits: Dict[Direction, "Room"] = field(default_factory=dict, repr=False)
    locks: Dict[Direction, str] = field(default_factory=dict)

    def connect(self, d: Direction, other: "Room", lock: Optional[str] = None) -> None:
        self.exits[d] = other
        other.exits[d.opposite] = self
        if lock:
            self.locks[d] = lock
            other.locks[d.opposite] = lock

    def look(self) -> str:
        things = ", ".join(sorted(self.items)) or "nothing"
        ways = " ".join(d.value for d in Direction if d in self.exits)
        return "%s: %s You see %s. Exits: %s" % (self.name, self.description, things, ways)


class Player:
    def __init__(self, start: Room) -> None:
        self.room = start
        self.inventory: Dict[str, Item] = {}
        self.moves = 0
        self.visited = {start.name}

    @property
    def score(self) -> int:
        return sum(i.points for i in self.inventory.values()) + 5 * len(self.visited)

    def go(self, d: Direction) -> str:
        if d not in self.room.exits:
            raise CannotGo("you cannot go %s from the %s" % (d.name.lower(), self.room.name))
        need = self.room.locks.get(d)
        if need and need not in self.inventory:
            raise Locked(need)
        self.room = self.room.exits[d]
        self.moves += 1
        self.visited.add(self.room.name)
        return self.room.look()

    def take(self, name: str) -> str:
        item = self.room.items.get(name)
        if item is None:
            raise NoSuchItem("there is no %s here" % name)
        if not item.portable:
            raise GameError("the %s is too heavy" % name)
        self.inventory[name] = self.room.items.pop(name)
        return "taken: %s" % name

    def drop(self, name: str) -> str:
        try:
            item = self.inventory.pop(name)
        except KeyError:
            raise NoSuchItem("you are not carrying a %s" % name) from None
        self.room.items[name] = item
        return "dropped: %s" % name


def build_world() -> Room:
    hall = Room("hall", "A dusty hall.", {"lamp": Item("lamp", 1)})
    library = Room("library", "Shelves of books.", {"key": Item("key", 2), "desk": Item("desk", portable=False)})
    vault = Room("vault", "Gold glitters.", {"gold": Item("gold", 50)})
    garden = Room("garden", "Overgrown roses.", {"rose": Item("rose", 3)})
    hall.connect(Direction.NORTH, library)
    hall.connect(Direction.EAST, garden)
    library.connect(Direction.EAST, vault, lock="key")
    return hall


def execute(player: Player, line: str) -> str:
    words = line.lower().split()
    match words:
        case []:
            return "say something"
        case ["look" | "l"]:
            return player.room.look()
        case ["go", d] | [("n" | "s" | "e" | "w") as d]:
            try:
                direction = Direction(d[0])
            except ValueError:
                raise GameError("unknown direction %r" % d)
            return player.go(direction)
        case ["take" | "get", name]:
            return player.take(name)
        case ["take", "all"] | ["get", "all"]:
            return "unreachable: matched above"
        case ["drop", name]:
            return player.drop(name)
        case ["inventory" | "i"]:
            return "carrying: " + (", ".join(sorted(player.inventory)) or "nothing")
        case ["score"]:
            return "score %d in %d moves" % (player.score, player.moves)
        case [verb, *rest] if len(rest) > 2:
            return "too many words for %s" % verb
        case _:
            return "I don't understand %r" % line


script = ["look", "take lamp", "go east", "take rose", "w", "n", "e", "take desk",
          "take key", "e", "take gold", "take gold", "drop sword", "drop rose",
          "i", "go up", "s", "fly over the moon", "", "score"]
player = Player(build_world())
for cmd in script:
    try:
        out = execute(player, cmd)
    except Locked as e:
        out = "LOCKED: %s [needs %s]" % (e, e.needs)
    except GameError as e:
        out = "%s: %s" % (type(e).__name__, e)
    print("> %-18s %s" % (cmd, out))
print("visited:", sorted(player.visited))
print("final score:", player.score)
