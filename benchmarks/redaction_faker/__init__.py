"""Therapy-session transcripts whose names, places and numbers come from Faker: the tagger's third training source."""
