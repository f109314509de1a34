import sys

from guide.adapters.cli import main

sys.exit(main())
