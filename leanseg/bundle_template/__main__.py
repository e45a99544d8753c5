"""`python BUNDLE IMAGE... [--out DIR]`: the bundle runs itself with the runner it carries."""

import sys
from pathlib import Path

bundle = Path(__file__).resolve().parent
sys.path.insert(0, str(bundle))

from leanseg_runtime.__main__ import main  # noqa: E402  (after the path is set)

sys.exit(main([str(bundle), *sys.argv[1:]]))
