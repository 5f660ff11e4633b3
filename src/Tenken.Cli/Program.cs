using System.CommandLine;
using System.Text;
using Tenken.Cli.Eval;
using Tenken.Cli.Init;
using Tenken.Cli.Kb;
using Tenken.Cli.Draft;
using Tenken.Cli.Parse;
using Tenken.Cli.Review;
using Tenken.Cli.Scan;
using Tenken.Cli.Shared;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("tenken（点検）: 例規集からアナログ規制を洗い出し、見直しリストを作ります。")
{
    ParseCommand.Create(),
    ScanCommand.Create(),
    DraftCommand.Create(),
    EvalCommand.Create(),
    InitCommand.Create(),
    ReviewCommand.Create(),
    KbCommand.Create(),
};

return CommandLineHost.Run(root, args);
