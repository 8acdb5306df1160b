namespace Priorities.Host.Tests.Http;

/// <summary>
/// A temporary assessments folder for <c>serve --assessments</c>: the Oxford sample, a file that is not an assessment,
/// one with a fact marked sensitive (<see cref="SensitiveCase"/>), one in a subfolder and a text file (neither listed).
/// </summary>
internal sealed class AssessmentFolderFixture : IDisposable
{
    public AssessmentFolderFixture()
    {
        Folder = Directory.CreateTempSubdirectory("priorities-assessments-").FullName;
        File.Copy(TestApi.OxfordSample, Path.Combine(Folder, "oxford-city-2024.yaml"));
        File.WriteAllText(Path.Combine(Folder, "broken.yaml"), "partnership: [\n");
        File.WriteAllText(Path.Combine(Folder, "testshire.yaml"), SensitiveCase.AssessmentYaml());
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "not an assessment");
        Directory.CreateDirectory(Path.Combine(Folder, "nested"));
        File.Copy(TestApi.OxfordSample, Path.Combine(Folder, "nested", "hidden.yaml"));
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
