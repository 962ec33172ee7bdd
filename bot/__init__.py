"""A chatbot grounded in its sources: every claim in an answer cites the source passage it came from.

Stages (one module each): ``sources`` → ``chunking`` → ``embedding`` → ``index`` (+ ``lexical``) →
``retrieval`` → ``generation`` → ``citations`` → ``answering``; ``cli`` and ``app.py`` drive them.
"""

import os

# Models load from installed packages or local folders; a hub is never contacted unless a user
# explicitly sets HF_HUB_OFFLINE=0 to use a hub id.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

__version__ = "0.1.0"
