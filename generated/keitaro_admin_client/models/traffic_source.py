from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrafficSource")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "state",
        "created_at",
        "updated_at",
        "postback_url",
        "postback_statuses",
        "template_name",
        "accept_parameters",
        "parameters",
        "notes",
        "traffic_loss",
        "update_in_campaigns",
    )
)
_new = object.__new__


@_attrs_define
class TrafficSource:
    """A traffic source as the tracker returns it. Fields in `required` are in every answer. Evidence - the 2022 document
    lists them on its read schema, and the answer samples public clients show carry them all (ysomad/keitaro README);
    medium confidence. The other fields may be absent; trimmed answers for keys with restricted rights are reported but
    unverified.

        Attributes:
            id (int):
            name (str): Display name.
            state (str): State of the entity.
            created_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            updated_at (datetime.datetime): When the tracker recorded it, in the tracker's local time zone (read as a naive
                datetime). Trackers print `YYYY-MM-DD HH:MM:SS`, not RFC 3339: the 2022 document types it as a plain string, and
                the same format is what public clients read in report datetimes (medium confidence); ISO 8601 is read too.
            postback_url (None | str | Unset): URL the tracker calls back with conversions.
            postback_statuses (list[str] | Unset): Conversion statuses reported back to the source.
            template_name (None | str | Unset): Template the entity was created from.
            accept_parameters (bool | Unset): Take parameters from incoming traffic.
            parameters (None | SourceParameters | Unset):
            notes (None | str | Unset): Free text notes.
            traffic_loss (float | Unset): Percent of clicks the source is expected to lose.
            update_in_campaigns (None | str | Unset):
    """

    id: int
    name: str
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    postback_url: None | str | Unset = UNSET
    postback_statuses: list[str] | Unset = UNSET
    template_name: None | str | Unset = UNSET
    accept_parameters: bool | Unset = UNSET
    parameters: None | SourceParameters | Unset = UNSET
    notes: None | str | Unset = UNSET
    traffic_loss: float | Unset = UNSET
    update_in_campaigns: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "state": "state",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "postback_url": "postback_url",
        "postback_statuses": "postback_statuses",
        "template_name": "template_name",
        "accept_parameters": "accept_parameters",
        "parameters": "parameters",
        "notes": "notes",
        "traffic_loss": "traffic_loss",
        "update_in_campaigns": "update_in_campaigns",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.name
        field_dict["name"] = v
        v = self.state
        field_dict["state"] = v
        v = self.created_at
        field_dict["created_at"] = _t.encode(v)
        v = self.updated_at
        field_dict["updated_at"] = _t.encode(v)
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
        v = self.traffic_loss
        if v is not UNSET:
            field_dict["traffic_loss"] = v
        v = self.update_in_campaigns
        if v is not UNSET:
            field_dict["update_in_campaigns"] = v
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "TrafficSource")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("state", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("state", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "state")
        obj.state = v
        v = get("created_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_created_at, raw, "created_at")
        elif v is UNSET:
            raise _t.missing("created_at", src_dict, cls._fields)
        else:
            try:
                v = _DEC_created_at(v)
            except _t.DecodeError as exc:
                raise exc.at("created_at") from None
        obj.created_at = v
        v = get("updated_at", UNSET)
        if type(v) is str:
            raw = v
            try:
                v = _t.datetime_from_text(raw.strip())
            except ValueError:
                v = UNSET  # the decoder below (outside this handler) raises the field's DecodeError
            if v is UNSET:
                v = _t.decode_field(_DEC_updated_at, raw, "updated_at")
        elif v is UNSET:
            raise _t.missing("updated_at", src_dict, cls._fields)
        else:
            try:
                v = _DEC_updated_at(v)
            except _t.DecodeError as exc:
                raise exc.at("updated_at") from None
        obj.updated_at = v
        v = get("postback_url", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
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
        if type(v) is not str and v is not None and v is not UNSET:
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
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_parameters(v)
            except _t.DecodeError as exc:
                raise exc.at("parameters") from None
        obj.parameters = v
        v = get("notes", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "notes")
        obj.notes = v
        v = get("traffic_loss", UNSET)
        if type(v) is not float and v is not UNSET:
            v = _t.decode_field(_t.to_float, v, "traffic_loss")
        obj.traffic_loss = v
        v = get("update_in_campaigns", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "update_in_campaigns")
        obj.update_in_campaigns = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not TrafficSource and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, TrafficSource._fields.values())
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


_INIT = TrafficSource.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.source_parameters import SourceParameters  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_created_at = _t.to_datetime
_DEC_updated_at = _t.to_datetime
_DEC_postback_statuses = _t.list_of(_t.to_str)
_DEC_parameters = _t.model(SourceParameters)
