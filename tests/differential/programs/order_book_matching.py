# A limit order book with a price-time priority matching engine: orders as
# dataclasses with ordering keys for the bid and ask heaps (heapq), Side and
# OrderType enums, partial fills producing Trade records from a generator,
# cancellations with lazy deletion, market orders that may be rejected, and
# validation errors in an exception hierarchy.
import heapq
from dataclasses import dataclass, field
from enum import Enum
from itertools import count
from typing import Dict, Iterator, List, Optional, Tuple


class Side(Enum):
    BUY = "B"
    SELL = "S"

    @property
    def other(self) -> "Side":
        return Side.SELL if self is Side.BUY else Side.BUY


class OrderType(Enum):
    LIMIT = "limit"
    MARKET = "market"


class OrderError(Exception):
    pass


class InvalidOrder(OrderError):
    pass


class UnknownOrder(OrderError, KeyError):
    def __str__(self) -> str:
        return "unknown order id %d" % self.args[0]


_ids = count(1)
_clock = count()


@dataclass
class Order:
    side: Side
    qty: int
    price: Optional[int] = None
    kind: OrderType = OrderType.LIMIT
    owner: str = "anon"
    id: int = field(default_factory=lambda: next(_ids))
    ts: int = field(default_factory=lambda: next(_clock))
    filled: int = 0
    cancelled: bool = False

    def __post_init__(self) -> None:
        if self.qty <= 0:
            raise InvalidOrder("quantity must be positive, got %d" % self.qty)
        if self.kind is OrderType.LIMIT and (self.price is None or self.price <= 0):
            raise InvalidOrder("limit order needs a positive price")
        if self.kind is OrderType.MARKET and self.price is not None:
            raise InvalidOrder("market order cannot have a price")

    @property
    def remaining(self) -> int:
        return self.qty - self.filled

    def key(self) -> Tuple[int, int]:
        return (-self.price if self.side is Side.BUY else self.price, self.ts)


@dataclass(frozen=True)
class Trade:
    buy_id: int
    sell_id: int
    price: int
    qty: int

    def __str__(self) -> str:
        return "TRADE %d@%d (buy #%d, sell #%d)" % (self.qty, self.price, self.buy_id, self.sell_id)


class OrderBook:
    def __init__(self) -> None:
        self.heaps: Dict[Side, List[Tuple[Tuple[int, int], int]]] = {Side.BUY: [], Side.SELL: []}
        self.orders: Dict[int, Order] = {}
        self.trades: List[Trade] = []

    def _best(self, side: Side) -> Optional[Order]:
        heap = self.heaps[side]
        while heap:
            order = self.orders[heap[0][1]]
            if order.cancelled or order.remaining == 0:
                heapq.heappop(heap)
                continue
            return order
        return None

    def _crosses(self, incoming: Order, resting: Order) -> bool:
        if incoming.kind is OrderType.MARKET:
            return True
        if incoming.side is Side.BUY:
            return incoming.price >= resting.price
        return incoming.price <= resting.price

    def _match(self, incoming: Order) -> Iterator[Trade]:
        while incoming.remaining:
            resting = self._best(incoming.side.other)
            if resting is None or not self._crosses(incoming, resting):
                return
            qty = min(incoming.remaining, resting.remaining)
            incoming.filled += qty
            resting.filled += qty
            buy, sell = (incoming, resting) if incoming.side is Side.BUY else (resting, incoming)
            yield Trade(buy.id, sell.id, resting.price, qty)

    def submit(self, order: Order) -> List[Trade]:
        if order.kind is OrderType.MARKET and self._best(order.side.other) is None:
            raise OrderError("no liquidity for market order #%d" % order.id)
        self.orders[order.id] = order
        trades = list(self._match(order))
        self.trades.extend(trades)
        if order.remaining and order.kind is OrderType.LIMIT:
            heapq.heappush(self.heaps[order.side], (order.key(), order.id))
        return trades

    def cancel(self, order_id: int) -> Order:
        order = self.orders.get(order_id)
        if order is None:
            raise UnknownOrder(order_id)
        if order.remaining == 0:
            raise OrderError("order #%d already filled" % order_id)
        order.cancelled = True
        return order

    def depth(self, side: Side) -> List[Tuple[int, int]]:
        levels: Dict[int, int] = {}
        for _, oid in self.heaps[side]:
            o = self.orders[oid]
            if not o.cancelled and o.remaining:
                levels[o.price] = levels.get(o.price, 0) + o.remaining
        return sorted(levels.items(), reverse=side is Side.BUY)

    def __str__(self) -> str:
        bids = " ".join("%d@%d" % (q, p) for p, q in self.depth(Side.BUY))
        asks = " ".join("%d@%d" % (q, p) for p, q in self.depth(Side.SELL))
        return "BIDS[%s] ASKS[%s]" % (bids, asks)


book = OrderBook()
script = [
    Order(Side.SELL, 10, 101, owner="s1"), Order(Side.SELL, 5, 102, owner="s2"),
    Order(Side.SELL, 7, 101, owner="s3"), Order(Side.BUY, 4, 99, owner="b1"),
    Order(Side.BUY, 12, 101, owner="b2"), Order(Side.BUY, 3, 100, owner="b3"),
    Order(Side.BUY, 9, kind=OrderType.MARKET, owner="b4"),
]
for order in script:
    trades = book.submit(order)
    label = "%s %s %d%s" % (order.owner, order.side.name, order.qty, "@%d" % order.price if order.price else " MKT")
    print("%-14s -> %s" % (label, "; ".join(map(str, trades)) or "rests"))
    print("   ", book)
print("cancel #4:", book.cancel(4).owner, "|", book)
for thunk in (lambda: book.cancel(99), lambda: book.cancel(1), lambda: Order(Side.BUY, 0, 5),
              lambda: Order(Side.SELL, 1), lambda: Order(Side.BUY, 1, 5, OrderType.MARKET),
              lambda: book.submit(Order(Side.BUY, 50, kind=OrderType.MARKET))):
    try:
        thunk()
    except KeyError as e:
        print("KeyError-compatible:", type(e).__name__, e)
    except OrderError as e:
        print(type(e).__name__, e)
volume = sum(t.qty for t in book.trades)
vwap = sum(t.qty * t.price for t in book.trades) / volume
print("trades", len(book.trades), "volume", volume, "vwap %.3f" % vwap)
print("fills:", {o.owner: o.filled for o in sorted(book.orders.values(), key=lambda o: o.id)})
