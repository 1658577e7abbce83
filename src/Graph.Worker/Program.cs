using Graph.Worker;

return await GraphCommandLine.Create().Parse(args).InvokeAsync();
