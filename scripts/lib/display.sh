# Helpers to run a command under Xvfb with a compositor, so transparent JavaFX stages are real ARGB windows.
# Uses the current DISPLAY when one is set and LANELIGHT_OWN_DISPLAY is not 1.

with_virtual_display() {
  if [[ -n "${DISPLAY:-}" && "${LANELIGHT_OWN_DISPLAY:-0}" != "1" ]]; then
    "$@"
    return
  fi
  if ! command -v Xvfb >/dev/null; then
    echo "Xvfb is not installed: run 'sudo apt-get install xvfb xcompmgr libgtk-3-0' (see README.md)." >&2
    return 1
  fi

  local display_number
  display_number=$(free_display_number)
  Xvfb ":${display_number}" -screen 0 1280x1024x24 -nolisten tcp >/tmp/lanelight-xvfb-"${display_number}".log 2>&1 &
  local xvfb_pid=$!
  export DISPLAY=":${display_number}"
  wait_for_display || { kill "$xvfb_pid" 2>/dev/null; echo "Xvfb did not start; see /tmp/lanelight-xvfb-${display_number}.log" >&2; return 1; }

  local compositor_pid=""
  if command -v xcompmgr >/dev/null; then
    xcompmgr -a >/dev/null 2>&1 &
    compositor_pid=$!
  fi

  local status=0
  "$@" || status=$?
  [[ -n "$compositor_pid" ]] && kill "$compositor_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  return $status
}

free_display_number() {
  local n=90
  while [[ -e "/tmp/.X${n}-lock" || -e "/tmp/.X11-unix/X${n}" ]]; do n=$((n + 1)); done
  echo "$n"
}

wait_for_display() {
  local i
  for i in $(seq 1 50); do
    if xdpyinfo >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  return 1
}
