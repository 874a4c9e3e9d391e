"""Fixed vocabularies the synthetic clicks draw from (countries, devices, browsers...).

Each table pairs values with integer weights; `Picker` turns weights into a 256-slot lookup so
one byte of a hash picks a value in O(1).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Picker(Generic[T]):
    """Weighted choice driven by one byte (0..255) of a hash."""

    def __init__(self, weighted: Sequence[tuple[T, int]]) -> None:
        if not weighted:
            raise ValueError("Picker needs at least one value")
        total = sum(weight for _, weight in weighted)
        slots: list[T] = []
        acc = 0
        for value, weight in weighted:
            acc += weight
            while len(slots) < round(256 * acc / total):
                slots.append(value)
        self.slots = tuple(slots)

    def pick(self, byte: int) -> T:
        return self.slots[byte & 0xFF]


class Country(NamedTuple):
    code: str
    name: str
    language: str
    ip_prefix: int
    regions: tuple[tuple[str, str], ...]  # (region, city)
    isps: tuple[str, ...]
    operators: tuple[str, ...]


COUNTRIES: tuple[tuple[Country, int], ...] = (
    (Country("US", "United States", "en", 23, (("California", "Los Angeles"), ("New York", "New York")),
             ("Comcast", "AT&T"), ("Verizon", "T-Mobile")), 30),
    (Country("DE", "Germany", "de", 46, (("Bavaria", "Munich"), ("Berlin", "Berlin")),
             ("Deutsche Telekom", "Vodafone DE"), ("Telekom", "O2 DE")), 14),
    (Country("GB", "United Kingdom", "en", 51, (("England", "London"), ("Scotland", "Glasgow")),
             ("BT", "Virgin Media"), ("EE", "Three UK")), 12),
    (Country("FR", "France", "fr", 62, (("Ile-de-France", "Paris"), ("Occitanie", "Toulouse")),
             ("Orange FR", "Free SAS"), ("Orange", "SFR")), 9),
    (Country("ES", "Spain", "es", 77, (("Madrid", "Madrid"), ("Catalonia", "Barcelona")),
             ("Telefonica", "Vodafone ES"), ("Movistar", "Orange ES")), 8),
    (Country("BR", "Brazil", "pt", 177, (("Sao Paulo", "Sao Paulo"), ("Rio de Janeiro", "Rio de Janeiro")),
             ("Claro BR", "Vivo"), ("Claro", "TIM")), 10),
    (Country("IN", "India", "hi", 49, (("Maharashtra", "Mumbai"), ("Delhi", "New Delhi")),
             ("Jio", "Airtel"), ("Jio", "Vi")), 9),
    (Country("PL", "Poland", "pl", 83, (("Masovia", "Warsaw"), ("Lesser Poland", "Krakow")),
             ("Orange PL", "Play"), ("Play", "Plus")), 8),
)  # fmt: skip


class Device(NamedTuple):
    type_id: int
    type: str
    model: str
    oses: tuple[tuple[str, str, str], ...]  # (os, os_icon, os_version)
    browsers: tuple[tuple[str, str], ...]  # (browser, major version)


DEVICES: tuple[tuple[Device, int], ...] = (
    (Device(1, "desktop", "", (("Windows", "windows", "10"), ("macOS", "mac", "14.5"), ("Linux", "linux", "")),
            (("Chrome", "126"), ("Firefox", "127"), ("Edge", "125"), ("Safari", "17"))), 40),
    (Device(2, "mobile", "Galaxy S23", (("Android", "android", "14"), ("iOS", "ios", "17.5")),
            (("Chrome Mobile", "126"), ("Safari Mobile", "17"), ("Samsung Internet", "25"))), 52),
    (Device(3, "tablet", "iPad", (("iOS", "ios", "17.5"), ("Android", "android", "13")),
            (("Safari Mobile", "17"), ("Chrome Mobile", "125"))), 8),
)  # fmt: skip

CONNECTION_TYPES: tuple[tuple[str, int], ...] = (
    ("Cable/DSL", 45),
    ("Cellular", 40),
    ("Corporate", 5),
    ("Dialup", 1),
    ("Satellite", 1),
    ("Wi-Fi", 8),
)


class Referrer(NamedTuple):
    source: str
    referrer: str
    search_engine: str


REFERRERS: tuple[tuple[Referrer, int], ...] = (
    (Referrer("google", "https://www.google.com/", "Google"), 30),
    (Referrer("bing", "https://www.bing.com/", "Bing"), 8),
    (Referrer("facebook", "https://m.facebook.com/", ""), 25),
    (Referrer("news-site", "https://news.example.org/article", ""), 17),
    (Referrer("", "", ""), 20),
)

KEYWORDS: tuple[tuple[str, int], ...] = (
    ("weight loss", 20),
    ("crypto app", 15),
    ("vpn deal", 15),
    ("dating", 20),
    ("insurance quote", 10),
    ("", 20),
)

CONVERSION_STATUSES: tuple[tuple[str, int], ...] = (("lead", 40), ("sale", 45), ("rejected", 15))
