#!/usr/bin/env bash
# Builds every fixture blog in this folder with its real generator and writes what the generator publishes for each
# post to <fixture>/expected-posts.json:
#   { "<source relative to the fixture>": { "url", "title", "date" (ISO 8601 with offset), "categories", "tags" } }
# (categories and tags as ordered lists of names). GeneratorGoldenTests compares the bot's scan with these files.
#
# Fixture folders are named after their generator: hexo*, jekyll*, hugo*. Each post body carries the marker
# GENSRC[<file name>]; every URL is checked against the generated site: the file it maps to must exist and contain
# the marker of the source it was reported for.
#
# Generators: Hexo 8 from npm (kept in $HEXO_HOME, default ~/.cache/bot-generators/hexo), Jekyll and Hugo from Debian
# (apt-get install -y jekyll hugo). Generated sites go to a temp folder that is deleted on exit; nothing but the JSON
# files (and generator-versions.txt) is written here. Posts dated 2099 stay "future" for any run before then.
#
# Usage: regenerate.sh [fixture-folder-name ...]   (default: every fixture)
set -euo pipefail
export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8

here="$(cd "$(dirname "$0")" && pwd)"
hexo_home="${HEXO_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/bot-generators/hexo}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ensure_hexo() {
  if [ ! -d "$hexo_home/node_modules/hexo" ]; then
    mkdir -p "$hexo_home"
    (cd "$hexo_home" && { [ -f package.json ] || npm init -y >/dev/null; } \
      && npm install --no-audit --no-fund hexo@8 hexo-renderer-marked hexo-renderer-ejs >/dev/null)
  fi
}

ensure_debian() {
  if ! command -v "$1" >/dev/null 2>&1; then
    apt-get install -y "$1" >/dev/null
  fi
}

# Each builder writes $work/links.json:
#   { "base": site URL, "out": output folder, "posts": [{source, url, title, date, categories, tags}] }.
build_hexo() {
  local site="$1"
  ensure_hexo
  ln -s "$hexo_home/node_modules" "$site/node_modules"
  cat >"$site/package.json" <<'JSON'
{ "name": "probe", "private": true, "hexo": {},
  "dependencies": { "hexo": "*", "hexo-renderer-marked": "*", "hexo-renderer-ejs": "*" } }
JSON
  mkdir -p "$site/themes/probe/layout"
  printf '%s\n' '<%- page.content %>' >"$site/themes/probe/layout/post.ejs"
  # Appended to the copy rather than passed as a second config file: Hexo reads a single _config.yml through its YAML
  # renderer (which turns indenting tabs into spaces), while several config files go through plain js-yaml.
  printf '\ntheme: probe\n' >>"$site/_config.yml"
  # Hexo formats permalink dates in the build machine's local zone, and its `timezone` shift assumes that machine is
  # in the site's zone; the bot assumes the same, so the site is built with TZ set to its `timezone` (else UTC).
  local zone
  zone="$(sed -n 's/^timezone:[[:space:]]*\([^#[:space:]]*\).*/\1/p' "$site/_config.yml")"
  TZ="${zone:-UTC}" HEXO_SITE="$site" OUT="$work/links.json" node - <<'JS'
const path = require('path');
const fs = require('fs');
const site = process.env.HEXO_SITE;
const Hexo = require(path.join(site, 'node_modules', 'hexo'));
(async () => {
  const hexo = new Hexo(site, { silent: true });
  await hexo.init();
  await hexo.call('generate', {});
  const posts = hexo.locals.get('posts').toArray().map(p => ({
    source: path.relative(site, p.full_source).split(path.sep).join('/'),
    url: p.permalink,
    title: p.title,
    // moment in the process zone, which is the site's timezone (see TZ above): ISO 8601 with that offset.
    date: p.date.format(),
    categories: p.categories.map(c => c.name),
    tags: p.tags.map(t => t.name),
  }));
  fs.writeFileSync(process.env.OUT, JSON.stringify({ base: hexo.config.url, out: hexo.public_dir, posts }));
  await hexo.exit();
})().catch(e => { console.error(e); process.exit(1); });
JS
}

build_jekyll() {
  local site="$1"
  ensure_debian jekyll
  mkdir -p "$site/_plugins"
  cat >"$site/_plugins/probe.rb" <<'RUBY'
require "json"
# Reports each published post's absolute URL (through Jekyll's own absolute_url filter), title, date, categories, tags.
class ProbeUrls
  include Jekyll::Filters::URLFilters
  def initialize(site)
    @context = Struct.new(:registers).new({ :site => site })
  end
end
Jekyll::Hooks.register :site, :post_write do |site|
  urls = ProbeUrls.new(site)
  posts = site.posts.docs.map do |d|
    { "source" => d.relative_path, "url" => urls.absolute_url(d.url), "title" => d.data["title"],
      "date" => d.date.xmlschema, "categories" => d.data["categories"], "tags" => d.data["tags"] }
  end
  File.write(ENV.fetch("OUT"), JSON.generate({ "base" => urls.absolute_url("/"), "out" => site.dest, "posts" => posts }))
end
RUBY
  OUT="$work/links.json" jekyll build --quiet --source "$site" --destination "$work/out" >/dev/null
}

build_hugo() {
  local site="$1"
  ensure_debian hugo
  mkdir -p "$site/layouts/_default"
  printf '%s\n' '{{ .Content }}' >"$site/layouts/_default/single.html"
  # Posts are the regular pages of the main sections (params.mainSections, else the biggest section), which is what
  # a theme lists on its home page; Hugo 0.111 exposes them as .Site.Params.mainSections.
  # One line per post: source, permalink, date, title, then the names of its categories and tags terms as JSON, in
  # the order .GetTerms gives them (what the site shows: a repeated name sits where it last appears, case variants are
  # one term).
  printf '%s\n' '{{ range where .Site.RegularPages "Section" "in" .Site.Params.mainSections }}{{ $page := . }}{{ range slice "categories" "tags" }}{{ $names := slice }}{{ range $page.GetTerms . }}{{ $names = $names | append .Title }}{{ end }}{{ $.Scratch.Set . (jsonify $names) }}{{ end }}{{ printf "%s\t%s\t%s\t%s\t%s\t%s\n" .File.Path .Permalink (.Date.Format "2006-01-02T15:04:05Z07:00") (jsonify .Title) ($.Scratch.Get "categories") ($.Scratch.Get "tags") | safeHTML }}{{ end }}' \
    >"$site/layouts/index.html"
  printf '%s\n' '' >"$site/layouts/_default/list.html"
  hugo --quiet --source "$site" --destination "$work/out" >/dev/null
  OUT="$work/links.json" SITE_OUT="$work/out" python3 - "$site" <<'PY'
import glob, json, os, sys, tomllib
site = sys.argv[1]
base = None
for name in ("hugo.toml", "hugo.yaml", "config.toml", "config.yaml", "config/_default/hugo.toml", "config/_default/config.toml"):
    path = os.path.join(site, name)
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        if name.endswith(".toml"):
            base = tomllib.loads(text)["baseURL"]
        else:
            base = next(l.split(":", 1)[1].strip() for l in text.splitlines() if l.startswith("baseURL:"))
        break
posts = []
# One home page per language: /index.html, and /<lang>/index.html for the other languages of a multilingual site.
homes = [os.path.join(os.environ["SITE_OUT"], "index.html")]
homes += sorted(glob.glob(os.path.join(os.environ["SITE_OUT"], "*", "index.html")))
for home in homes:
    for line in open(home, encoding="utf-8"):
        if "\t" in line:
            source, url, date, title, categories, tags = line.rstrip("\n").split("\t")
            posts.append({"source": "content/" + source.replace(os.sep, "/"), "url": url, "date": date,
                          "title": json.loads(title), "categories": json.loads(categories), "tags": json.loads(tags)})
json.dump({"base": base, "out": os.environ["SITE_OUT"], "posts": posts}, open(os.environ["OUT"], "w"))
PY
}

# Checks every reported URL against the generated files, then writes expected-posts.json.
write_expected() {
  local fixture="$1"
  python3 - "$work/links.json" "$here/$fixture/expected-posts.json" <<'PY'
import datetime, html, json, os, sys, urllib.parse

def names(value):
    # A single name written as a scalar is a list of one; null or absent is none.
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]

report = json.load(open(sys.argv[1], encoding="utf-8"))
base, out = report["base"].rstrip("/"), report["out"]
links = {}
for post in report["posts"]:
    url = post["url"]
    if not url.startswith(base + "/"):
        sys.exit(f"{post['source']}: {url} is not under {base}")
    # Jekyll keeps a trailing slash of `url`, so its absolute URLs can hold "//" after the host.
    rel = urllib.parse.unquote(url[len(base) + 1:]).lstrip("/")
    candidates = [rel + "index.html"] if rel.endswith("/") or rel == "" else [rel, rel + ".html", rel + "/index.html"]
    found = next((c for c in candidates if os.path.isfile(os.path.join(out, c))), None)
    if found is None:
        sys.exit(f"{post['source']}: no generated file for {url} (tried {candidates})")
    marker = "GENSRC[" + os.path.basename(post["source"]) + "]"
    if marker not in html.unescape(open(os.path.join(out, found), encoding="utf-8").read()):
        sys.exit(f"{post['source']}: {found} does not contain {marker}")
    date = datetime.datetime.fromisoformat(post["date"])
    if date.utcoffset() is None:
        sys.exit(f"{post['source']}: date {post['date']} has no offset")
    links[post["source"]] = {"url": url, "title": post["title"] if post["title"] is not None else "",
                             "date": date.isoformat(), "categories": names(post["categories"]),
                             "tags": names(post["tags"])}
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(dict(sorted(links.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{os.path.basename(os.path.dirname(sys.argv[2]))}: {len(links)} published posts")
PY
}

fixtures=("$@")
if [ ${#fixtures[@]} -eq 0 ]; then
  for dir in "$here"/*/; do fixtures+=("$(basename "$dir")"); done
fi

for fixture in "${fixtures[@]}"; do
  rm -rf "$work/site" "$work/out" "$work/links.json"
  cp -r "$here/$fixture" "$work/site"
  rm -f "$work/site/expected-posts.json"
  case "$fixture" in
    hexo*) build_hexo "$work/site" ;;
    jekyll*) build_jekyll "$work/site" ;;
    hugo*) build_hugo "$work/site" ;;
    *) echo "$fixture: unknown generator (name must start with hexo, jekyll or hugo)" >&2; exit 1 ;;
  esac
  write_expected "$fixture"
done

{
  echo "Generated $(date -u +%Y-%m-%dT%H:%M:%SZ); TZ=UTC, Hexo with TZ set to the site timezone"
  echo "hexo $(node -p "require('$hexo_home/node_modules/hexo/package.json').version" 2>/dev/null || echo '(not used)')"
  echo "$(jekyll --version 2>/dev/null || echo 'jekyll (not used)')"
  echo "$(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'hugo (not used)')"
} >"$here/generator-versions.txt"
