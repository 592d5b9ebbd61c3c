// A bare `node` process: the cold-import floor.
