from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.offer_update_payout_type import OfferUpdatePayoutType
from ..models.offer_update_state import OfferUpdateState
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferUpdate")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "group_id",
        "offer_type",
        "action_type",
        "action_payload",
        "affiliate_network_id",
        "payout_value",
        "payout_currency",
        "payout_type",
        "state",
        "payout_auto",
        "payout_upsell",
        "country",
        "notes",
        "archive",
        "conversion_cap_enabled",
        "daily_cap",
        "conversion_timezone",
        "alternative_offer_id",
    )
)
_new = object.__new__


@_attrs_define
class OfferUpdate:
    """Fields accepted when changing an offer.

    Attributes:
        name (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        group_id (int | None | Unset): Group the entity belongs to, or null.
        offer_type (str | Unset): `external`, `local` or `preloaded`.
        action_type (str | Unset): How the offer opens, e.g. `http`. The offer URL goes in `action_payload`.
        action_payload (None | OfferUpdateActionPayloadType1 | str | Unset): What the action uses: a URL, a page body or
            a settings object, depending on `action_type`.
        affiliate_network_id (int | None | Unset): Affiliate network of the offer, or null.
        payout_value (float | Unset): Payout per conversion.
        payout_currency (str | Unset): ISO 4217 currency code of the payout.
        payout_type (OfferUpdatePayoutType | Unset): Payout model.
        state (OfferUpdateState | Unset): New state.
        payout_auto (bool | Unset): Take the payout from the postback.
        payout_upsell (bool | Unset): Count upsell conversions for payout.
        country (list[str] | Unset): Country codes (ISO 3166-1 alpha-2) the offer accepts.
        notes (str | Unset): Free text notes.
        archive (str | Unset): Base64 zip archive of a local offer.
        conversion_cap_enabled (bool | Unset): Limit conversions per day (`daily_cap`).
        daily_cap (float | Unset): Conversions allowed per day when the cap is on.
        conversion_timezone (str | Unset): Time zone the daily cap counts in.
        alternative_offer_id (int | None | Unset): Offer that receives traffic once the cap is reached.
    """

    name: str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    offer_type: str | Unset = UNSET
    action_type: str | Unset = UNSET
    action_payload: None | OfferUpdateActionPayloadType1 | str | Unset = UNSET
    affiliate_network_id: int | None | Unset = UNSET
    payout_value: float | Unset = UNSET
    payout_currency: str | Unset = UNSET
    payout_type: OfferUpdatePayoutType | Unset = UNSET
    state: OfferUpdateState | Unset = UNSET
    payout_auto: bool | Unset = UNSET
    payout_upsell: bool | Unset = UNSET
    country: list[str] | Unset = UNSET
    notes: str | Unset = UNSET
    archive: str | Unset = UNSET
    conversion_cap_enabled: bool | Unset = UNSET
    daily_cap: float | Unset = UNSET
    conversion_timezone: str | Unset = UNSET
    alternative_offer_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "group_id": "group_id",
        "offer_type": "offer_type",
        "action_type": "action_type",
        "action_payload": "action_payload",
        "affiliate_network_id": "affiliate_network_id",
        "payout_value": "payout_value",
        "payout_currency": "payout_currency",
        "payout_type": "payout_type",
        "state": "state",
        "payout_auto": "payout_auto",
        "payout_upsell": "payout_upsell",
        "country": "country",
        "notes": "notes",
        "archive": "archive",
        "conversion_cap_enabled": "conversion_cap_enabled",
        "daily_cap": "daily_cap",
        "conversion_timezone": "conversion_timezone",
        "alternative_offer_id": "alternative_offer_id",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        if v is not UNSET:
            field_dict["name"] = v
        v = self.group_id
        if v is not UNSET:
            field_dict["group_id"] = v
        v = self.offer_type
        if v is not UNSET:
            field_dict["offer_type"] = v
        v = self.action_type
        if v is not UNSET:
            field_dict["action_type"] = v
        v = self.action_payload
        if v is not UNSET:
            field_dict["action_payload"] = _t.encode(v)
        v = self.affiliate_network_id
        if v is not UNSET:
            field_dict["affiliate_network_id"] = v
        v = self.payout_value
        if v is not UNSET:
            field_dict["payout_value"] = v
        v = self.payout_currency
        if v is not UNSET:
            field_dict["payout_currency"] = v
        v = self.payout_type
        if v is not UNSET:
            field_dict["payout_type"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.payout_auto
        if v is not UNSET:
            field_dict["payout_auto"] = v
        v = self.payout_upsell
        if v is not UNSET:
            field_dict["payout_upsell"] = v
        v = self.country
        if v is not UNSET:
            field_dict["country"] = _t.encode(v)
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        v = self.archive
        if v is not UNSET:
            field_dict["archive"] = v
        v = self.conversion_cap_enabled
        if v is not UNSET:
            field_dict["conversion_cap_enabled"] = v
        v = self.daily_cap
        if v is not UNSET:
            field_dict["daily_cap"] = v
        v = self.conversion_timezone
        if v is not UNSET:
            field_dict["conversion_timezone"] = v
        v = self.alternative_offer_id
        if v is not UNSET:
            field_dict["alternative_offer_id"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "OfferUpdate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        _INIT(obj)
        for key, value in src_dict.items():
            entry = _SPARSE.get(key)
            if entry is not None:
                attr, decode, nested = entry
                try:
                    # A nested model sent as an object goes straight to its from_dict (what decode does first).
                    setattr(obj, attr, nested(value) if nested is not None and type(value) is dict else decode(value))
                except _t.DecodeError as exc:
                    raise exc.at(key) from None
        if not _KNOWN.issuperset(src_dict):
            obj.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        if cls is not OfferUpdate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, OfferUpdate._fields.values())
        return obj

    def __repr__(self) -> str:
        return _t.model_repr(self, self._fields)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name, known (`m["alias"]`) or not; KeyError if the tracker did not send it."""
        attr = self._fields.get(key)
        if attr is not None:
            value = getattr(self, attr)
            if value is UNSET:
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            setattr(self, attr, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            if getattr(self, attr) is UNSET:
                raise KeyError(key)
            setattr(self, attr, UNSET)
        else:
            del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        attr = self._fields.get(key) if isinstance(key, str) else None
        if attr is not None:
            return getattr(self, attr) is not UNSET
        return key in self.additional_properties


_INIT = OfferUpdate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.offer_update_action_payload_type_1 import OfferUpdateActionPayloadType1  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_action_payload = _t.one_of(
    _t.to_str,
    _t.model(OfferUpdateActionPayloadType1),
    _t.to_none,
)
_DEC_country = _t.list_of(_t.to_str)
# Many optional fields, few sent: decode the keys present instead of looking up every field.
# Each key: (attribute, decoder, the nested model's from_dict when the field is a model, else None).
_SPARSE: dict[str, tuple[str, _t.Decoder, _t.Decoder | None]] = {
    "name": ("name", _t.to_str, None),
    "group_id": ("group_id", _t.nullable(_t.to_int), None),
    "offer_type": ("offer_type", _t.to_str, None),
    "action_type": ("action_type", _t.to_str, None),
    "action_payload": (
        "action_payload",
        _t.one_of(
            _t.to_str,
            _t.model(OfferUpdateActionPayloadType1),
            _t.to_none,
        ),
        None,
    ),
    "affiliate_network_id": ("affiliate_network_id", _t.nullable(_t.to_int), None),
    "payout_value": ("payout_value", _t.to_float, None),
    "payout_currency": ("payout_currency", _t.to_str, None),
    "payout_type": ("payout_type", _t.to_str, None),
    "state": ("state", _t.to_str, None),
    "payout_auto": ("payout_auto", _t.to_bool, None),
    "payout_upsell": ("payout_upsell", _t.to_bool, None),
    "country": ("country", _t.list_of(_t.to_str), None),
    "notes": ("notes", _t.to_str, None),
    "archive": ("archive", _t.to_str, None),
    "conversion_cap_enabled": ("conversion_cap_enabled", _t.to_bool, None),
    "daily_cap": ("daily_cap", _t.to_float, None),
    "conversion_timezone": ("conversion_timezone", _t.to_str, None),
    "alternative_offer_id": ("alternative_offer_id", _t.nullable(_t.to_int), None),
}
