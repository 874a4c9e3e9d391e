"""One handler per operation of the spec, by operationId (`catalog.HANDLERS`); the CRUD ones from `crud.register`."""
