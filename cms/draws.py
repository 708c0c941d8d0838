"""Random draws nobody can steer, shared by the review panel draw (R5) and the S10 quality-check
draw: the seed comes from the operating system's CSPRNG at draw time and is never typed, and the
candidate list a draw picks from is recorded with its SHA-256 so the draw can be replayed and proved.
"""

import hashlib
import json
import secrets


def make_seed():
    """128 bits from the operating system's CSPRNG, taken at draw time. Never typed, never derived
    from anything a user chooses: nobody can search offline for a seed giving a wanted result."""
    return secrets.token_hex(16)


def candidate_list_sha256(candidates):
    """SHA-256 of a recorded candidate list (canonical JSON), shown with every draw."""
    canonical = json.dumps(candidates, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
