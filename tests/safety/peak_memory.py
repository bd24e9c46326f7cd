"""Run the command given as arguments and add its peak memory as the last line of stderr.

``python peak_memory.py CMD...``: the command's output and exit code are passed through; the
last stderr line is ``peak_rss_kb=N`` (Linux reports kilobytes), this process's only child.
"""

import resource
import subprocess
import sys

done = subprocess.run(sys.argv[1:], check=False)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"peak_rss_kb={peak}", file=sys.stderr)
sys.exit(done.returncode)
