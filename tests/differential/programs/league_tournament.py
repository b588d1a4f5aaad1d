# A round-robin league: teams as frozen dataclasses, match results with an
# Outcome enum, the circle method producing fixtures by a generator, a
# Standings table whose rows sort with a key built from several fields,
# head-to-head tie-breaks computed lazily, deterministic scores from a seeded
# random.Random, and validation errors for bad results.
import random
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, Iterator, List, Optional, Tuple


class Outcome(Enum):
    WIN = 3
    DRAW = 1
    LOSS = 0


class LeagueError(Exception):
    pass


@dataclass(frozen=True, order=True)
class Team:
    name: str
    rating: int = field(compare=False, default=50)

    def __str__(self) -> str:
        return self.name


@dataclass
class Result:
    home: Team
    away: Team
    home_goals: int
    away_goals: int

    def __post_init__(self) -> None:
        if self.home == self.away:
            raise LeagueError("%s cannot play itself" % self.home)
        if min(self.home_goals, self.away_goals) < 0:
            raise LeagueError("negative score in %s v %s" % (self.home, self.away))

    def outcome_for(self, team: Team) -> Outcome:
        mine, theirs = (self.home_goals, self.away_goals) if team == self.home else (self.away_goals, self.home_goals)
        if mine > theirs:
            return Outcome.WIN
        return Outcome.DRAW if mine == theirs else Outcome.LOSS


@dataclass
class Row:
    team: Team
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    gf: int = 0
    ga: int = 0

    @property
    def points(self) -> int:
        return 3 * self.won + self.drawn

    @property
    def gd(self) -> int:
        return self.gf - self.ga


def fixtures(teams: List[Team]) -> Iterator[Tuple[int, Team, Team]]:
    ts: List[Optional[Team]] = list(teams)
    if len(ts) % 2:
        ts.append(None)
    n = len(ts)
    for rnd in range(n - 1):
        for i in range(n // 2):
            a, b = ts[i], ts[n - 1 - i]
            if a is not None and b is not None:
                yield rnd + 1, (a, b) if rnd % 2 == 0 else (b, a)
        ts = [ts[0]] + [ts[-1]] + ts[1:-1]


class League:
    def __init__(self, teams: List[Team]) -> None:
        self.teams = teams
        self.results: List[Result] = []

    def record(self, result: Result) -> None:
        for r in self.results:
            if (r.home, r.away) == (result.home, result.away):
                raise LeagueError("duplicate fixture %s v %s" % (result.home, result.away))
        self.results.append(result)

    def table(self) -> List[Row]:
        rows: Dict[Team, Row] = {t: Row(t) for t in self.teams}
        for r in self.results:
            for team, gf, ga in ((r.home, r.home_goals, r.away_goals), (r.away, r.away_goals, r.home_goals)):
                row = rows[team]
                row.played += 1
                row.gf += gf
                row.ga += ga
                o = r.outcome_for(team)
                if o is Outcome.WIN:
                    row.won += 1
                elif o is Outcome.DRAW:
                    row.drawn += 1
                else:
                    row.lost += 1
        return sorted(rows.values(), key=lambda row: (-row.points, -row.gd, -row.gf, self._h2h_rank(row.team), row.team))

    def _h2h_rank(self, team: Team) -> int:
        return -sum(r.outcome_for(team).value for r in self.results if team in (r.home, r.away)
                    and {r.home, r.away} <= set(self.teams))


def play(rng: random.Random, home: Team, away: Team) -> Result:
    edge = (home.rating - away.rating) / 100
    hg = sum(1 for _ in range(6) if rng.random() < 0.25 + edge / 2)
    ag = sum(1 for _ in range(6) if rng.random() < 0.22 - edge / 2)
    return Result(home, away, hg, ag)


teams = [Team("Ajax", 70), Team("Benfica", 65), Team("Celtic", 55), Team("Dynamo", 50), Team("Everton", 45)]
league = League(teams)
rng = random.Random(2024)
by_round: Dict[int, List[str]] = {}
for rnd, (home, away) in fixtures(teams):
    res = play(rng, home, away)
    league.record(res)
    by_round.setdefault(rnd, []).append("%s %d-%d %s" % (home, res.home_goals, res.away_goals, away))
for rnd in sorted(by_round):
    print("Round %d: %s" % (rnd, "; ".join(by_round[rnd])))
print("%-8s %2s %2s %2s %2s %3s %3s %3s" % ("team", "P", "W", "D", "L", "GF", "GD", "Pts"))
for row in league.table():
    print("%-8s %2d %2d %2d %2d %3d %+3d %3d" % (row.team, row.played, row.won, row.drawn, row.lost, row.gf, row.gd, row.points))
print(len(league.results), "matches;", sum(1 for _ in fixtures(teams[:4])), "with four teams")
for bad in (lambda: Result(teams[0], teams[0], 1, 0), lambda: Result(teams[0], teams[1], -1, 0),
            lambda: league.record(Result(league.results[0].home, league.results[0].away, 0, 0))):
    try:
        bad()
    except LeagueError as e:
        print(type(e).__name__, e)
print(sorted(teams, reverse=True)[0], Team("Ajax") == teams[0], Outcome(3).name, [o.value for o in Outcome])
