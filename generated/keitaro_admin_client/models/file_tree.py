from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileTree")


@_attrs_define
class FileTree:
    """A node of the file tree of a local offer or landing page.

    Attributes:
        name (str | Unset):
        type_ (str | Unset): `file` or `directory`.
        ext (None | str | Unset):
        path (str | Unset):
        children (list[FileTree] | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    ext: None | str | Unset = UNSET
    path: str | Unset = UNSET
    children: list[FileTree] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        ext: None | str | Unset
        if isinstance(self.ext, Unset):
            ext = UNSET
        else:
            ext = self.ext

        path = self.path

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ext is not UNSET:
            field_dict["ext"] = ext
        if path is not UNSET:
            field_dict["path"] = path
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_ext(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext = _parse_ext(d.pop("ext", UNSET))

        path = d.pop("path", UNSET)

        _children = d.pop("children", UNSET)
        children: list[FileTree] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = FileTree.from_dict(children_item_data)

                children.append(children_item)

        file_tree = cls(
            name=name,
            type_=type_,
            ext=ext,
            path=path,
            children=children,
        )

        file_tree.additional_properties = d
        return file_tree

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
