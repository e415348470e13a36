"""`make bench`: the pipeline timed against a naive NLTK loop, in the same run."""
