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

  # -displayfd lets Xvfb pick a free display number itself, so parallel runs never race for one.
  local number_file log_file
  number_file=$(mktemp)
  log_file=$(mktemp /tmp/lanelight-xvfb-XXXX.log)
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$number_file" >"$log_file" 2>&1 &
  local xvfb_pid=$!
  if ! wait_for_display_number "$number_file"; then
    kill "$xvfb_pid" 2>/dev/null
    echo "Xvfb did not start; see $log_file" >&2
    return 1
  fi
  export DISPLAY=":$(tr -d '[:space:]' <"$number_file")"
  rm -f "$number_file"

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

wait_for_display_number() {
  local number_file=$1 i
  for i in $(seq 1 100); do
    if [[ -s "$number_file" ]]; then return 0; fi
    sleep 0.1
  done
  return 1
}
