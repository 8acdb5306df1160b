#!/usr/bin/env bash
# Regenerates the sample assessments from the real data in ../shared/data (run from anywhere; build the host first:
# dotnet build src/Priorities.Host -c Release). The output is deterministic: the same data gives the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
priorities() { dotnet src/Priorities.Host/bin/Release/net10.0/priorities.dll "$@"; }
data=${PRIORITIES_SHARED_DATA:-../shared/data}

# sample OUT PARTNERSHIP CODE AREA CURRENT PREVIOUS INPUT… (PREVIOUS "": the default, the same months a year earlier)
sample() {
  local out=$1 name=$2 code=$3 area=$4 current=$5 previous=$6
  shift 6
  local compare=()
  if [[ -n $previous ]]; then compare=(--previous "$previous"); fi
  priorities import police-uk --input "$@" --area "$area" --current "$current" "${compare[@]}" --series \
    --population "$data/ons-census-2021-population/lad_population_2011_2021.csv" \
    --partnership "$name" --code "$code" --out "$out"
  priorities import ons-csp --input "$data/ons-recorded-crime-csp/csp_table_C2_ye_june2025.csv" --area "$code" --into "$out"
  # The subgroup table gives the same weight per data.police.uk category (the mean of its subgroups weighted by their
  # national counts) and also one per ONS offence group that is not a police.uk category (sexual offences, stalking
  # and harassment, …), so that ONS table C2 volumes of the hidden harms get a harm.
  priorities import harm --input "$data/cambridge-chi/cchi_weights.csv" --date 2026 --missing-weight 1 \
    --source "Cambridge Crime Harm Index (2026 update), days per offence weighted by national counts 2024/25, per data.police.uk category and ONS offence group (cchi_weights.csv)" \
    --into "$out"
  priorities import concern --input "$data/csew-crime-concern-index/CrimeConcern.csv" --into "$out"
}

# Oxford's data covers 2024-01..09 only, so its trends are quarter on quarter (import warns PR4060; plans caution).
sample samples/oxford-city-2024.yaml "Oxford Safer Communities Partnership" E22000308 Oxford 2024-07..2024-09 2024-04..2024-06 \
  "$data/police-uk-oxford-city-2024/combined_oxford_crime_data.csv"

# No importer reads a plan: last year's plan and the Police and Crime Plan's priorities are set here, by hand, as ids of
# rules/oxford.yaml (sources and mapping in samples/README.md).
# replace_list FILE KEY ID… : replaces the line `KEY: []` by a block list of the ids.
replace_list() {
  local file=$1 key=$2
  shift 2
  local block="$key:"
  for id in "$@"; do block+=$'\n'"  - $id"; done
  KEY="$key" BLOCK="$block" awk '$0 == ENVIRON["KEY"] ": []" { print ENVIRON["BLOCK"]; next } { print }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
}
# OSCP Rolling Plan 2020-21 (Oxford City Council, 25 January 2021), its priorities as oxford.yaml ids.
replace_list samples/oxford-city-2024.yaml previousPlan \
  drug-use-dealing rough-sleeping-vulnerability anti-social-behaviour prevent cuckooing-exploitation cycle-crime \
  burglary-serious-theft modern-slavery hate-crime alcohol-related-disorder child-exploitation serious-violence domestic-abuse-vawg
# Thames Valley Police and Crime Plan 2021-25: strong local policing (anti-social behaviour) and fighting serious
# organised crime (county lines drug supply, cuckooing, child exploitation, modern slavery).
replace_list samples/oxford-city-2024.yaml pccPriorities \
  anti-social-behaviour drug-use-dealing cuckooing-exploitation child-exploitation modern-slavery

for pair in "Gateshead:E22000244" "Newcastle upon Tyne:E22000245" "North Tyneside:E22000246" \
            "Northumberland:E22000358" "South Tyneside:E22000247" "Sunderland:E22000248"; do
  area=${pair%%:*}
  slug=$(echo "$area" | tr 'A-Z ' 'a-z-')
  # Year on year: the default previous window, March 2021 to February 2022.
  sample "samples/northumbria-$slug.yaml" "$area" "${pair##*:}" "$area" 2022-03..2023-02 "" "$data/police-uk-northumbria"
done

# Oxfordshire's other district partnerships (issue 13's worked example): ONS table C2 volumes (year ending June 2025)
# with harm weights, concern and population; no data.police.uk extract is among the shared data for them, so no trends.
# South Oxfordshire and Vale of White Horse plan as one partnership (seed 003). Their Police and Crime Plan priorities
# are the Thames Valley plan 2021-25's mapped to ids of rules/oxfordshire-district.yaml (see samples/README.md).
# ons_sample OUT PARTNERSHIP CODE…
ons_sample() {
  local out=$1 name=$2
  shift 2
  local areas=()
  for code in "$@"; do areas+=(--area "$code"); done
  priorities import ons-csp --input "$data/ons-recorded-crime-csp/csp_table_C2_ye_june2025.csv" "${areas[@]}" \
    --partnership "$name" --population "$data/ons-census-2021-population/lad_population_2011_2021.csv" --out "$out"
  priorities import harm --input "$data/cambridge-chi/cchi_weights.csv" --date 2026 --missing-weight 1 \
    --source "Cambridge Crime Harm Index (2026 update), days per offence weighted by national counts 2024/25, per data.police.uk category and ONS offence group (cchi_weights.csv)" \
    --into "$out"
  priorities import concern --input "$data/csew-crime-concern-index/CrimeConcern.csv" --into "$out"
  replace_list "$out" pccPriorities anti-social-behaviour drugs modern-slavery
}
ons_sample samples/oxfordshire-cherwell.yaml "Cherwell" E22000305
ons_sample samples/oxfordshire-south-and-vale.yaml "South and Vale" E22000312 E22000313
ons_sample samples/oxfordshire-west.yaml "West Oxfordshire" E22000315
