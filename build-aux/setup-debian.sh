# Sourced by run.sh and test.sh: installs the Debian 12 packages the project
# needs and the zh_CN.UTF-8 locale, as root or through sudo.

# Packages to build and run the app, also listed as Build-Depends in
# debian/control. `meson setup` looks for the programs that `meson install`
# runs to update the icon, desktop file and MIME caches, which come from
# gtk-update-icon-cache, desktop-file-utils and shared-mime-info.
# libarchive-dev writes and reads the zip files of self-assessment packages;
# fonts-noto-cjk has the Simplified Chinese faces the printed report embeds.
RR_BUILD_PACKAGES=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libjson-glib-dev
  libsqlite3-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev
  gtk-update-icon-cache desktop-file-utils shared-mime-info
  libarchive-dev locales fonts-noto-cjk
)

# Packages the tests add: an X server for the window tests, and Debian's
# Python to count the results and to write test project files. Real readers
# check what the app writes: openpyxl and LibreOffice without its GUI read
# the workbooks, pdftoppm the PDF pages and rsvg-convert the charts' SVG
# files. The validation tests run desktop-file-validate (desktop-file-utils),
# appstreamcli (appstream) and xmllint (libxml2-utils).
RR_TEST_PACKAGES=(
  xvfb xauth python3
  python3-openpyxl libreoffice-calc-nogui poppler-utils librsvg2-bin
  desktop-file-utils appstream libxml2-utils
)

rr_as_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "error: '$*' needs root; run as root or install sudo" >&2
    return 1
  fi
}

# Installs the packages of "$@" that are not installed yet.
rr_install_packages () {
  local missing=()
  local package

  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ "${#missing[@]}" -eq 0 ] && return 0

  echo "Installing: ${missing[*]}"
  rr_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  rr_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Generates zh_CN.UTF-8 when the system lacks it.
rr_ensure_locale () {
  if locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then
    return 0
  fi

  echo "Generating the zh_CN.UTF-8 locale"
  if [ -f /etc/locale.gen ] && grep -q '^# *zh_CN.UTF-8 UTF-8' /etc/locale.gen; then
    rr_as_root sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen
    rr_as_root locale-gen
  else
    rr_as_root localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
  fi
}
