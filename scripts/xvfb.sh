# Sourced by the scripts that run the app under Xvfb: `start_xvfb WxH` starts a virtual screen
# on a display number Xvfb itself finds free, waits until it accepts connections (a loaded
# machine can take seconds), then exports DISPLAY and sets `xvfb_pid`. Says why and returns 1
# when the server does not come up.
start_xvfb() {
  local size=$1 ready
  ready=$(mktemp)
  Xvfb -displayfd 3 -screen 0 "${size}x24" 3>"$ready" >/dev/null 2>&1 &
  xvfb_pid=$!
  # Xvfb writes the display number to the descriptor once it is listening.
  for _ in $(seq 1 300); do
    [[ -s $ready ]] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ ! -s $ready ]]; then
    echo "the virtual screen (Xvfb) did not start within 30 s"
    rm -f "$ready"
    return 1
  fi
  export DISPLAY=":$(tr -dc 0-9 <"$ready")"
  rm -f "$ready"
}
