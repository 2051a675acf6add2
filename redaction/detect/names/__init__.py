"""Person-name detection: word lists, candidate spans, and the morphological analyzer."""
