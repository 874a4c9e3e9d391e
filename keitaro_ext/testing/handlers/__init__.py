"""One handler per operation of the spec, registered by operationId (see `catalog.HANDLERS`)."""
