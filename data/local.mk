# Demo data: the client's plans in the import formats.
