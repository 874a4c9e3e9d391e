"""`POST /report/build`, `/clicks/log` and `/conversions/log` computed from the synthetic data."""
