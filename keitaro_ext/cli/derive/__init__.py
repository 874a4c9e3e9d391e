"""Resource commands derived from the generated facade: `OPERATIONS` plus the namespace methods' signatures."""
