"""Step 5, the state of a place: a town or region the text names lies in the state the place gazetteer
(``data/geo/``, read by ``places.load_places``: GeoNames cities, hand-written regions) puts it in, so every rule
asking whose a place is (a strike on a town, police acting "in" a city, an entity's country) gets one answer.

A name several states share ("San Juan") resolves by the article: the one state among its places that the text
names (a hand-written region before a town of the name, a city's own name before other spellings, "Sao Paulo");
a name the article's states do not settle keeps no state unless it is a hand-written region of one state or a city
so large (``KNOWN_CITY``) that it outweighs every namesake ``places.POPULATION_OVERRIDE`` times.  A capital standing
for its state ("Moscow said") is a ``country`` mention already.  Such a state is where a place lies, not whose
people are there: ``groups.placed_below_a_state`` still reads "gunmen in <town>" as a group (``Reading.located``).
"""
from __future__ import annotations

from ..places import POPULATION_OVERRIDE, Place
from .state import Reading
from .vocab import slug

# a city this populous is known by its name alone ("Dubai", "New York City"); smaller towns share names with
# towns of other states and with regions the gazetteer lacks ("Virginia", a South African town)
KNOWN_CITY = 1_000_000
_ALTERNATE_RANK = 2  # places._CITY_ALTERNATE


def states_of_places(r: Reading) -> None:
    """A ``location`` span with no state yet takes the state of the place it names: "Piura" in a text naming Peru
    lies in Peru; "Kharkiv", a city no namesake rivals, in Ukraine (see the module docstring)."""
    if r.places is None:
        return
    for s in r.spans:
        if s.kind != "location" or s.country or not s.name:
            continue
        country = state_of_place_name(r.places.lookup(s.name), r.named_states, s.name)
        if country:
            s.country = country
            r.located.add(s.start)
            if isinstance(s.key, tuple):
                r.new_entity(s.key).setdefault("country", country)


def state_of_place_name(places: tuple[Place, ...], named_states: set[str], name: str = "") -> str | None:
    """The state of the place a name means, from its gazetteer places and the states the article names.  Of a
    city's other names (GeoNames lists transliterations by the dozen: "Matsu" for Matsue) only its own name spelled
    another way counts ("Sao Paulo")."""
    pool = [p for p in places if p.country and p.level != "country"
            and (p.rank < _ALTERNATE_RANK or not name or slug(p.name) == slug(name))]
    pool = [p for p in pool if p.rank < _ALTERNATE_RANK] or pool  # a main name before other spellings
    pool = [p for p in pool if p.level != "city"] or pool  # a hand-written region before a town of its name
    local = {p.country for p in pool if p.country in named_states}
    if local or not pool:
        return local.pop() if len(local) == 1 else None
    if pool[0].level != "city":
        return pool[0].country if len({p.country for p in pool}) == 1 else None
    big = max(pool, key=lambda p: p.population)
    rival = max((p.population for p in pool if p.country != big.country), default=0)
    if big.population >= KNOWN_CITY and big.population >= POPULATION_OVERRIDE * max(rival, 1):
        return big.country
    return None
