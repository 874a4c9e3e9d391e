from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrafficSourceInput")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "postback_url",
        "postback_statuses",
        "template_name",
        "accept_parameters",
        "parameters",
        "notes",
        "state",
        "traffic_loss",
    )
)
_new = object.__new__


@_attrs_define
class TrafficSourceInput:
    """Fields accepted when creating or changing a traffic source.

    Attributes:
        name (str | Unset): Needed on create in practice, although the published document marks nothing required. Must
            hold a non-space character. Keitaro's document marks the field required but does not say blank text is refused;
            the fake refuses it as a tracker is assumed to (G).
        postback_url (str | Unset): URL the tracker calls back with conversions.
        postback_statuses (list[str] | Unset): Conversion statuses the source's postback is sent for.
        template_name (str | Unset): Template the entity was created from.
        accept_parameters (bool | Unset): Take parameters from incoming traffic.
        parameters (SourceParameters | Unset): Parameter mapping keyed by tracker field (`keyword`, `cost`,
            `sub_id_1`...). Newer trackers know more sub ids than the fifteen listed here; extra keys are kept.
        notes (str | Unset): Free text notes.
        state (str | Unset): State of the entity.
        traffic_loss (float | Unset): Expected share of lost traffic, in percent.
    """

    name: str | Unset = UNSET
    postback_url: str | Unset = UNSET
    postback_statuses: list[str] | Unset = UNSET
    template_name: str | Unset = UNSET
    accept_parameters: bool | Unset = UNSET
    parameters: SourceParameters | Unset = UNSET
    notes: str | Unset = UNSET
    state: str | Unset = UNSET
    traffic_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "postback_url": "postback_url",
        "postback_statuses": "postback_statuses",
        "template_name": "template_name",
        "accept_parameters": "accept_parameters",
        "parameters": "parameters",
        "notes": "notes",
        "state": "state",
        "traffic_loss": "traffic_loss",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        if v is not UNSET:
            field_dict["name"] = v
        v = self.postback_url
        if v is not UNSET:
            field_dict["postback_url"] = v
        v = self.postback_statuses
        if v is not UNSET:
            field_dict["postback_statuses"] = _t.encode(v)
        v = self.template_name
        if v is not UNSET:
            field_dict["template_name"] = v
        v = self.accept_parameters
        if v is not UNSET:
            field_dict["accept_parameters"] = v
        v = self.parameters
        if v is not UNSET:
            field_dict["parameters"] = _t.encode(v)
        v = self.notes
        if v is not UNSET:
            field_dict["notes"] = v
        v = self.state
        if v is not UNSET:
            field_dict["state"] = v
        v = self.traffic_loss
        if v is not UNSET:
            field_dict["traffic_loss"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "TrafficSourceInput")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("name", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("postback_url", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "postback_url")
        obj.postback_url = v
        v = get("postback_statuses", UNSET)
        if type(v) is list:
            raw = v
            try:
                v = [item if type(item) is str else _t.to_str(item) for item in raw]
            except _t.DecodeError:
                v = UNSET  # decoded again below (outside this handler), for the error with the item's index
            if v is UNSET:
                v = _t.decode_field(_DEC_postback_statuses, raw, "postback_statuses")
        elif v is not UNSET:
            try:
                v = _DEC_postback_statuses(v)
            except _t.DecodeError as exc:
                raise exc.at("postback_statuses") from None
        obj.postback_statuses = v
        v = get("template_name", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "template_name")
        obj.template_name = v
        v = get("accept_parameters", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "accept_parameters")
        obj.accept_parameters = v
        v = get("parameters", UNSET)
        if type(v) is dict:
            try:
                v = SourceParameters.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("parameters") from None
        elif v is not UNSET:
            try:
                v = _DEC_parameters(v)
            except _t.DecodeError as exc:
                raise exc.at("parameters") from None
        obj.parameters = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        v = get("state", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("traffic_loss", UNSET)
        if type(v) is not float and v is not UNSET:
            v = _t.decode_field(_t.to_float, v, "traffic_loss")
        obj.traffic_loss = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not TrafficSourceInput and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, TrafficSourceInput._fields.values())
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


_INIT = TrafficSourceInput.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.source_parameters import SourceParameters  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_postback_statuses = _t.list_of(_t.to_str)
_DEC_parameters = _t.model(SourceParameters)
