from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.click_cost_update_only_campaign_uniques import (
    ClickCostUpdateOnlyCampaignUniques,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickCostUpdate")

_KNOWN: frozenset[str] = frozenset(
    (
        "campaign_ids",
        "costs",
        "timezone",
        "currency",
        "only_campaign_uniques",
    )
)
_new = object.__new__


@_attrs_define
class ClickCostUpdate:
    """Body of a bulk cost update. The tracker schedules the work and answers at once.

    Attributes:
        campaign_ids (list[int]): Ids of the campaigns to update.
        costs (list[ClickCostPeriod]): Cost periods, a list (one object is refused).
        timezone (str | Unset): Time zone name, e.g. `Europe/Madrid`.
        currency (str | Unset): ISO 4217 currency code.
        only_campaign_uniques (ClickCostUpdateOnlyCampaignUniques | Unset): 1 to charge unique clicks only.
    """

    campaign_ids: list[int]
    costs: list[ClickCostPeriod]
    timezone: str | Unset = UNSET
    currency: str | Unset = UNSET
    only_campaign_uniques: ClickCostUpdateOnlyCampaignUniques | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "campaign_ids": "campaign_ids",
        "costs": "costs",
        "timezone": "timezone",
        "currency": "currency",
        "only_campaign_uniques": "only_campaign_uniques",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.campaign_ids
        field_dict["campaign_ids"] = _t.encode(v)
        v = self.costs
        field_dict["costs"] = _t.encode(v)
        v = self.timezone
        if v is not UNSET:
            field_dict["timezone"] = v
        v = self.currency
        if v is not UNSET:
            field_dict["currency"] = v
        v = self.only_campaign_uniques
        if v is not UNSET:
            field_dict["only_campaign_uniques"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "ClickCostUpdate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("campaign_ids", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is int else _t.to_int(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_campaign_ids, raw, "campaign_ids")
        elif v is UNSET:
            raise _t.missing("campaign_ids", src_dict, cls._fields)
        else:
            try:
                v = _DEC_campaign_ids(v)
            except _t.DecodeError as exc:
                raise exc.at("campaign_ids") from None
        obj.campaign_ids = v
        v = get("costs", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = list(map(ClickCostPeriod.from_dict, raw))
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_costs, raw, "costs")
        elif v is UNSET:
            raise _t.missing("costs", src_dict, cls._fields)
        else:
            try:
                v = _DEC_costs(v)
            except _t.DecodeError as exc:
                raise exc.at("costs") from None
        obj.costs = v
        v = get("timezone", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "timezone")
        obj.timezone = v
        v = get("currency", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "currency")
        obj.currency = v
        v = get("only_campaign_uniques", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "only_campaign_uniques")
        obj.only_campaign_uniques = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not ClickCostUpdate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, ClickCostUpdate._fields.values())
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


_INIT = ClickCostUpdate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.click_cost_period import ClickCostPeriod  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_campaign_ids = _t.list_of(_t.to_int)
_DEC_costs = _t.list_of(_t.model(ClickCostPeriod))
