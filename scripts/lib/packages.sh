# Installs the Debian packages the demo and the tests need, when any is missing.

LANELIGHT_PACKAGES=(xvfb xauth libgtk-3-0 libgl1 libxtst6 libxxf86vm1 xcompmgr xdotool x11-xserver-utils x11-utils imagemagick)

ensure_packages() {
  local missing=()
  local p
  for p in "${LANELIGHT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0

  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
