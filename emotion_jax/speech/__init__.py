"""Speech: voice activity, speakers, transcription with word times, and prosody."""
