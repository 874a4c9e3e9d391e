"""keitaro_ext: the handwritten layer of the keitaro-admin SDK."""
