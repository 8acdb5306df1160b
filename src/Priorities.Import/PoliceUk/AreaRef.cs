using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>An area of an import: its id in the <see cref="AreaCatalog"/> and its name.</summary>
internal readonly record struct AreaRef(int Id, string Name);
