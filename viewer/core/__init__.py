"""The domain: timelines, dates, evidence anchoring and the YAML store. Never imports Qt."""
