"""Who published a document: its outlet, from the URL's registered domain or its own site name.

The outlet table (``data/outlets.tsv``: domain, name, country ISO3, kind, aliases, source) maps a
registered domain to a named outlet; users add rows in their own files (setting ``outlet_files``,
later rows win). A document's outlet comes from, in order:

1. its URL: the host and its parent domains down to the registered domain (``tld``), looked up in
   the table ("english.example-news.com" finds the row of "example-news.com");
2. its own site name as its source gave it (a feed's or JSON Lines ``site`` field, an HTML page's
   ``og:site_name`` through trafilatura), matched against the table's names and aliases;
3. else an outlet of kind ``unknown``, keeping the domain or site name when there is one.

Site names guessed from a page's first lines (``textclean``) never make an outlet: those lines are
too often a menu, a "back to top" link or a language switcher.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..config import DATA_DIR
from ..errors import ConfigError
from ..model import OUTLET_KINDS, UNKNOWN_OUTLET, Outlet
from ..tables import read_table

OUTLETS_FILE = DATA_DIR / "outlets.tsv"
COLUMNS = ("domain", "name", "country", "kind", "aliases", "source")


@dataclass(frozen=True)
class OutletTable:
    by_domain: dict[str, Outlet]
    # casefolded name or alias -> outlet (the first row naming it wins, so a wire agency's short
    # name is not taken over by a later outlet sharing it)
    by_name: dict[str, Outlet]
    # every alias as written, for finding credits in text ("AP", "Reuters", "Agence France-Presse")
    aliases: dict[str, Outlet]


@lru_cache(maxsize=8)
def load_outlets(files: tuple[str, ...] = ()) -> OutletTable:
    """The shipped outlet table, then the user's files (same columns; a later row for a domain wins)."""
    by_domain: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    aliases: dict[str, Outlet] = {}
    for path in (OUTLETS_FILE, *map(Path, files)):
        for row in read_table(path, ("domain", "name", "kind"), what="outlet file"):
            domain = (row.get("domain") or "").strip().casefold().removeprefix("www.")
            name = (row.get("name") or "").strip()
            kind = (row.get("kind") or "").strip()
            if not domain or not name or kind not in OUTLET_KINDS:
                raise ConfigError(f"{path}:{row['_line']}: an outlet needs a domain, a name and a kind among "
                                  f"{', '.join(OUTLET_KINDS)}")
            country = (row.get("country") or "").strip().upper() or None
            outlet = Outlet(name=name, domain=domain, country=country, kind=kind)
            by_domain[domain] = outlet
            for alias in (name, *(a.strip() for a in (row.get("aliases") or "").split("|"))):
                if alias:
                    by_name.setdefault(alias.casefold(), outlet)
                    aliases.setdefault(alias, outlet)
    return OutletTable(by_domain, by_name, aliases)


def registered_domain(url: str | None) -> tuple[str | None, str | None]:
    """(host without "www.", registered domain) of a URL; (None, None) when it has no usable host."""
    if not url:
        return None, None
    try:
        host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").casefold()
    except ValueError:
        return None, None
    host = host.removeprefix("www.")
    if not host or "." not in host:
        return None, None
    from tld import get_fld

    # public suffixes only: "someone.blogspot.com" belongs to the platform "blogspot.com"
    fld = get_fld(host, fix_protocol=True, fail_silently=True, search_private=False)
    return host, (fld or host)


_SITE_NOISE = re.compile(r"\s*[|:–—-]\s*(?:home|news|latest news|breaking news)\s*$", re.I)


def outlet_for(url: str | None, site: str | None, files: tuple[str, ...] = ()) -> Outlet:
    """The outlet of a document from its URL, else its site name (see the module docstring)."""
    table = load_outlets(files)
    host, fld = registered_domain(url)
    if host:
        labels = host.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in table.by_domain:
                return table.by_domain[candidate]
            if candidate == fld:
                break
    name = _SITE_NOISE.sub("", " ".join(site.split())) if site else None
    if name:
        known = table.by_name.get(name.casefold()) or table.by_domain.get(name.casefold().removeprefix("www."))
        if known is not None:
            return known
    if fld or name:
        return Outlet(name=name or fld, domain=fld, country=None, kind="unknown")
    return UNKNOWN_OUTLET
