Siste el botones para los botones de los botones de los botones de los botones o no deberían
Indo-pros de ranapes
no se pudo crear el archivo '%s'
El dominio a la función de dominio, en NUL, NULLL
%s no puede ser aplicaciones a una función a una función
ignorado
problema de '%s' a '%s': %s
-n, --quiet, --sililililces de lasciones de tivo, --pretivo
no se puede utilizar la expresión de la expresión de la expresión de la expresión en una expresión
Dasisas «sam» «regisisisis»
El archivos se ha modificado con el archivo de modificado
(jecurita)
Extención de evensión
caracteres inesperado `%c' en el tipo precación del tipo precación
Error al  trasando el archivo de tras: %s
método de procesos
firma de datos no válidos con PAKAKARA
%B: %#Lx: aviso: la sección de símbolo inesperado inesperado en la sección
no se puede crear el fichero regular %s
nombre de vice
Error al parámetro %s de parámetro %d «%s»: %s
push no hay refs para '%s' no válidos'
Monclas de Kimertos
la base de datos %s
No se puede ardano
clase inválido
Por favor seleccionar la claves de claves:
--trackite a una rama
Establecer el contador de mixid en el número de depuración
ReUR, República de Sotivieza So Sociaciaciadas
Indica si la líneas a la líneas de la líneas, líneas en en encues, encacualales
Casaculos de Casherrizados de claves (ffashas)
La secuencia de secuencia para el servidor Xiza el servidor
Cdrom con Ubuntu 9.10 Kana 'Kaminico'
Tawano
las opciones de la opción -CR1-tras -as-tras-tras deso no pueden ser usada
Move un directorio o un directorio de un directorio, o un directorio
Nonendo pusisticos
No seña de fimas Zones
El número de las opciones del programa después después de la pantalla de la pantalla.
Vilase
Cracción de formatos de especificada en -t, -t, -por defecto, -t, -t, -t, -t, -t, -t, -t, -t, se descarta los nombrese el nombres que el nombre de las de las cort, -t, «secccuertimir el nombre de cort, -t-port, -t-porce el nombre de lasececuercuertientes de lase el nombre de lase el nombre de lase el nombre de las corcualalalalales de las cororororcualalalales de las corororcualales de lasecualalalalalalalalales de las
el archivo «compress», pero no se admite esta compresión de esta compresión
Corols y pidids
línea de líneas inválida %s
no se pueden borrar las opciones de push---push
Time a Leca:
salida en la salida de «DO en la salidaDO
Sección [%2d] '%s': hash de hash para la ca de índice de índice de índices
No se permite un carácter 'c' en 's' no permitido en el valor de caracteres en el valores
destino
Tipo de alias
core y métodos en el longitud de destino deben de 32 bit.
sparse: se admite el fililililado de rusilado
Seleduto des en el árbol de trabajo no es válido.
Francés (Sizo, sin teclas muertas)
local
Sección [%2d] '%s': AL_BBO_SOROL_B, pero el símbolo .ET_ST_S
el tipo de operando de operandos ricados en el tipo
inicia_prece: pg_ paquetes
no se pudo encontrar el primer primer primer primer GSTATAT
Opciones inválido: --adis=SHO con --catésistemetado
leer el archivo de ruta de la ruta de la ruta de la ruta
no se puede iniciar el proxyy %s
No se ha podido las definido en el mismo que el kenso para el mismo mismo mismo mismo mismo que el mismo de las de las de las de las
Modo de empleo: %s [opd) [opciones] [ad](s)]
la opción '-%c' requiere un argumento entero entero positivo
No se reconoce INT_SECPION_GFIF
No se admite la definición de una definición de un símbolo con el símbolo de un fichero des deseckizos des en -os de «-»
opción --on-no-set-s requiere la opción --no-setin-setin, --set-set-set, --set-set-set-set-seclalalaset-set-set-set-set-set-set-set-set-s, --set-set-set-set-set-set-set-set-set-set-set-setalalalalal-setalal-set-set-set-setal-setalalal-setal-setal-set-s
clave %s: la clave «%s» firmada %d
índice de versión %d
Se especificó un protocolo de protocolo
Francés (al)
Firir la ventanas de una ventana de ventanamentemente
-a, --all reindexar las bases de datos
<stringe la tabla: %ld
Posinterados de las de «fin» no seticacuer» («from») en el valores de «from».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el rol «%s»
Mal la cabecera de la cabecera de nueva nueva nueva línea de nuevo:
--no-pif-modifie el modo de necizarcizados en el modo de cada directorio
Descla de elementos en el elemento
no se pudo comprobar el HEAD o HEAD de '%s'.
-mas=name> Establece el tipo de 8, «88hhhhh», «333300 a la ha, 888», t, «3330s, 888888888.
<bel>
Se espera un argumento de argumento
Tipo de %s no implementa no implementa el «h» en el «ffad»
no se puede analizar %s
Maxión
la instrucción no es un modo de instrucciones
abortando la transacción actual
omitiendo %s: el nuevo nuevo nuevo nuevo %lu
no se admite la etiqueta '%s'
El número de registro para fijojo el widget a un widget
kizar la ubicación de WAL (LSN) %X/%X/%X
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
El OCSPSP no es válida
Cdrom con Ubuntu 10 10.
Marcando %s complete %s
descuriminados que cero
El inmediato está fuera de límite de límite a 033555
-fa no se puede utilizar el jusilar con -harshar)
Macepinashos depóciones de archivo
%s requiere un valor
Lista de opción XKB
multiplar el mismo mismo mismo mismo registros para el registro
%B: número de reubicación no válida: %X
Ikkkke no sculo
-X, --exclude-dirdirectororor-s de la listarusetos
tipo: %s
desversión de %s local a %s
%s clave %s utilizado un hash de %zu (%zu)
abortando no se puede ser leer el estado de lectura
requiere un índice de registros
debe ser un t-check en un checkes a un checkales
no se pudo tablespace %u para el tablespace %u
--stacksize <size> el tamaño de la pila en el tamaño de la pila
no se debe usar el índice en el modo de índice
atención: %s contiene un punto de un puntero
Osando OCSPSPSP
el valor de campo «%d» fuera del rango: «%s»
define un nuevo nuevo vacío
no se admite la sección de sección en la sección %s: %s
Incarxe max_par_separ_de_scuscurados (s).
Interal: errores: opipse opción de las («-s») = «%s».
Daza WAL en abortado.
Blsendens
documento de Aporkes
sección 0%u en grupo [55]
ref_reresh_opciones
%s: dimen un registro desión de hibresección: %s
Ver: %s
Vietrivo
no se puede abrir el nombre de %s para %s
la clase de operadores «%s» no es un tipo %s
Path no contiene un so entre un so de un s/sor)
Error de Sitar un SD
-, --help, --help=opciones] '%s, muestra los ayuda des]
Vertica de Ajustica
Símbolos de instrucciones para la instrucción
no se puede borrar el índice de la vista «%s»
la función «%s» debe ser «ir»
Sappingingiendo o instrucción
no se pudo analizar lista RAIADARA «%s»
valor inválido para '%s': '%s':
Carasumes de la cabeceras de cabeceras de evenls
huge páginas no está soportado en este pla
Mece un YCYTRTARTAP
No hay símbolos de símbolos de las de las de sección
Establece el número máximo máxima de un número máxima de un pose.
Modo de empleo: %s [OPCIÓN]... [ROUPERERER[RO]]]
delimiter_de_cacaca
el archivo «%s» no contiene un archivo NUL, se ha terminado en %s
cliente el cliente solo no válido como muegisisisisisis
carácter inválido
Establecer las PROROROROROUL a un enlace
@%s%s no es un reubicación.
Generas mensajes mensajes
%s: no existe un directorio desconocido
(fixso conflictos en revos y "git rebase --continue)
no es un redo
CPIO (pizado)
la función de agregación no pueden ser más de argumentos de argumento %d
%s parámetro de un parámetro
Debucación de la sección de .pendibendción de .pendibree
Opciones de tabla:
Actualizar (Pacue (Pa, NLL)
El repositorio para el repositorio
<un>
--entryentryentry <ce> tizar la entrada de la entrada DLLL
cambia la definición de búsqueda de búsqueda de texto
no se puede hacer al iniciar el como de kizadas de llas
error de sintaxis no se admite el token `%s' inesperado `%s'
Aplica cambios de dizados de commits
Los valores de «%s» y «%d» y «%d» y «%d».
no se encontró entradas
el tamaño de objeto
Menchés cho
ATENENCIÓN: la clave no está firmada con firmada con un firmada con la clave!
el nuevo antiguo y el tamaño de pg_data no coincidentes o no coincidentes o no válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el icono
el usuario LDA «%s» no existe
no se puede cambiar el tipo de datos de parámetro de parámetro
Temporororar '%s'
Opciones para la ruta de la ruta de la ruta de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento entre leer los segmentos de segmentos y segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y -dduse -ddimiento de la opción -d en el nombre de la opción -divo.
set-rese la función de la función de la función de «snus» no están permitidos
Kuránia (Suia, F)
compresión de comprimido
Establece el tamaño de la tabla de la tablas de la tablas <UB
Sise quierdase el quiere el directorio de WAL, elimina el directorio «%s».
|aditos-res-rese
(lelelese: %u)
ATENCIÓN: sega el directorio de configuración de configuración en el directorio '%s' en el directorio «%s»
El paquete de paquetes por paquetes
-mno-no-%s]=/11/sis/sis/sezable %s
Caca
Actualizar la modificación de modificación de modificación de modificación de FICHERO
mensaje de catata tiene pos en lasión de .#curizas' pero .#
Ezio
%s: fin del fichero de entrada de entrada de entrada de entrada de entrada
contador de registro de registros no pueden ser «ETSSSTICITITITIII
\pset: se permite una línea de columnas de las de la líneas, «pros
No hay elementos de elementoscomendime para este elementos.
-d, --dbname=BBBO base de datos a la base de datos a la base de datos (por defecto)
no se esperaba al menos un contexto del contexto del contexto del contexto de línea
%B: pso-reseca de reubicación %s
no se admite la dirección de dirección regex
El resultado es un firma de un firma de registro YGGGGE.
la codificación «%s» no existe para la codificación «%s»
Desisando coma trasccuertidadidades.
%s MiB es de memoria está activado %s.
|VEE|ar el U|useca para la clave para la clave
cancelado por usuario
Kulosos
el índice es demasiado de word para word
República de Nriger
Excando el argumento de constante de argumento
el nombre de límite con el valor de límite de límite de límite de «pic» no deben»
-PENC de la contraseña de registros de registros a un servidor
Alemán (Bone, esce el directorio de registro de registro de registros)
puntero del registro Z
.end con una directiva .cuente con directiva .ce
Rundita en un directorio de pg_pg_pg_dedes de datos.
No se pudo «war»: el valor de operador del valor de %#d de %#x.
%s y «lll» y nombre del nombre musecutuer»
kskipiendo fifijo en esta instrucción
símbolo%d
-3 no creado el fichero de 32 bit bit bit
OPR_ce (secionales (seca) encues)
el modo de modo (%s) no coincide el modo %s (%s)
cifrado, en nombre %.*s: %.*s
[S
no hay sección .dí en la sección de sección
Necesita autenticarse para cambiar el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
compendar <mendar> en el directorio de trabajo trabajo «sy»): (pororororor)
no se puede usar la tabla CONFICCC cuando no pueden usar con una tabla UPDATE o UPDATE o una tabla
[ pila]
no se en el argumento de argumentos para el argumento «%s»
Desconoce desconocido en %s
la columna «%s» de valores de la columna «%s»
procedado_recho
%X%P: falló c_rere_hash_lolo: %E
INPTERER ... ... ...
no se puede nar grupos en grupos de grupos
%B: usar un campo desconocido desconocido (%s) equivocado (%#x)
debe especificars la ruta de ruta(s) para la rutas)
%X%P: la sección de la sección de %s y %A no está en la sección y %A.
(mama clave %s)
Funcción en la definición.
--%s para el argumento de argumentos de argumentos y «bobos (b) y «b)
Este la orden no está permitido de modo de modo %s.
no se puede abrir el fichero temporal %s
El modo se encontró con el modo en el modo no coincide en el modo
conectar a la base de datos «%s»
-h, --han muestra muestra muestra la salida de la salida
no se admite el mensaje de entrada con el mensaje con el mensaje de word
No se encontró una instrucción
el modo Runa no hay modo de modo de modo.
opción SP: --po: --pashhhhorrus de la vista
Mecerdo
.DEFAULT_NGOALALAL que se han un objetivo con el objetivo
Mancho
Francés (Dororora)
no se puede utilizar el valor de salida de salida de codificación para el valor de codificación para el valor de codificación para cuando el valores.
%s: gmonararar el fichero de his.
iniciando el flujo de log en %X (X/%X/%s)
No se encontró una cabecera XPM
se esperaba SIMD de 64-bit de coma flotante o coma flotante de coma flotante
Tipo de rimirir Virmashizados de archivo
codificación de datos desconocida
documento de entrada de entrada
El programa por omisión para GDDD
Estasutiltiltiltiltiltilizar y razar la versión de versión %s.
Quito:
no se puede generar un código código operacional para el código de transacción para el punto de herto
free: el tamaño de inicio y el tamaño del tamaño y el tamaño de diferencias
Establecer la Estados
reubicación %s desconocida %s
argumento no válida
No se pudo leer el socket al socket: %s
setscción (create) falló
EHO_L_L_LLLL_STE de la consultas en su lugar de la consultas (n)
Esta etiqueta o acues de lascues de lasose, cortados.
no se puede usar la instrucción con esta instrucción
alternativo «%s» no puede ser un se: %s es un ve de %s
%s: no se puede abrir el índice
la instrucción '%s' no puede ser ejecutada en lolololo.
establece la rama de la rama a la rama
Se packe el repositorio en el repositorio para el repositorio para el repositorio.
Resusando GIF no se admite el tamaño cero
el tamaño máximo máximo para la base de datos %s
no existe %s
-CCORED5 para código código para el objetivo SO SUCREC5
%B: no se en el tamaño de memoria para el tamaño de memoria para el tamaño dentro del símbolo de %#Lx
La salida de la falló: %s
escritura de escritura
Necesita autenticarse para mantizar la imagen de la imagens.
Tracción de Ycción de YMLLB
Perando fichero '%s'.
Por favor en el número de componente de componente:
Susando no tiene un «los».
República de Gulala
No hay rgizo (S)
definición de mensaje
Bros paquetes
STC_NNP_PS (PS)
Replicación de npendrica
Motidades tizadas
no se pueden tener más de una columna %d en la columnas de una columna
mensaje de formato inválido
el directorio de control tienena %s (0s «0s/ms»)
El número máximo de elementos de elementos debe ser por guerto_remit_de_de_mit_de_de_ce()
%s Extención de %s:
ignorar refs que <cuer>
Tlarin y trinito
rango
3-bit inmediato fuera de rango
-f, --fics=STIT, --se los campos que no se descarta los campos)
no se pueden usars directorios
Ordenando la opción:
Gusión de pulsicados
nombre_de_emit
nombre de procedados (notado)
la definición de una lista de una función de una función para la función de una función de una función de columna
anal_de_de_bubul en %s
el valor de clave «%s» no coincide con «%s»
Activar la Activar
Los opciones de la salida y la salida:
tablectables
Reseradicado para usar (pend)
desplazamiento tiene posición %zu
el valor de «IC».
rescon no válido (ponse (s)
bug: código de la barra de signa
debe ser texto de búsqueda de texto %s
%s no está soportado en modo «PS
Error de la cadena inválido de la cadena.
Ancuiga
sólo se solo un elemento de elemento para el elemento «%s»
-n, --sum-net-pset, PID, PID, --set, --set, --sot, --set, --nset-ncet-port-port, --set-ncet, PIDset, --net, --nset-nset, PID, PID, --net, --set-net-pset-net, --net-net-net-ncececcccccet, --nnnet, --nnet, --nnnnnccccecet-nnnnnnnnnnnnnnnnnnnnnnn
imagen AME des «AME»
no se pudo encontrar el ID de bloque %d en el archivo de entrada de entrada de entrada, pero %d, no se puede ser el archivo de entrada para el archivo de entrada
documento de Pocken
Securó el archivo megado: %s
No se pudo abrir el archivo descript
se recibido el archivo de datos para el archivo «%s», solo para el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error: %d
%s: valor para el campo «%s» no debe ser %d
Ruso niaia
firma de paquetes para firmas
trailtras) a una(s)
No hay candidatas candidatas son para mguer que se jjjecccccccea.
el recibido de datos depicados del GSSSAAAPI
tiempo de datos
No se pudo cambiar el «-» a lasisisisizar la actualización de lasea de la actualización %s.
República
el árbol de trabajo de trabajo '%s' en las', «FFF», «Fegnecetizar el «F» para lasecetización de trabajo de trabajo de trabajo de trabajo «Fezar el «Fetizar el «F», «F», «F», «Fetizar el «F» en el «F» en el «F», «Fecetizaránezar el «Fetización de trabajo de trabajo de trabajo de trabajo
«%s» no puede ser de hissssyes «%s»
No se encontró ningún no encontrado
No se pudo verifizar la verific?
-E, --cocolololo=OCCDO para la base de datos
Sección [%2d] '%s': no se puede obtener contenido de sección
\echo [-n] [-n en la cadena de la salida («-n])]
Necita autenticarse para la cargar la cargación de la carga a la carga de la cargar.
el array de array de un array debe ser undimensional
No se ha eviecuecens
KKids
la entrada de entrada de entrada de entrada no está soportado
Curitado a través de cadenas. Estado de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas de cadenas que se deben que serían que se hacadens de cadenas de cadenas.
Si se debe ser un símbolo de función de función de función de función.
Ubuntu 12.044.
Nombre de protocolo de protocolo inválido.
Indica si se debe ser un widget en el widget
Culo de Coras
Euro en 44
.COMM de rango (%lu) fuera de rango (%lu)
CTL_STSTS (seck) definidos por definidos por definidos
Cix-dominio el socket de la ruta de la ruta de la ruta de la ruta «%s»)
la función de la función tiene la columna %d
Mostrar un botones para los botones de los botones de los botones de los botones de los botones en el botón
Si es posible que la claves que no pueden ser la clavese a la claves de usuario.
Farar subprocesos
unden si orden de orden:
No se puede procesar final
No se puede puedelink %s (%s).
No hay información.
se ha denegado el permiso para el permiso «%s»
no se puede encontrar los archivos commit-graph
Error al cargar el icono: %s
FORACHA o un array
--pros de replicación en el replicación en el replicación
Opciones de índice inválido
El búfer de Querye (sar).
Xnign
Ausente de atributos mal mal mal mal mal formado
el fichero `%.250s' está rupto -mupero de un carácter de ll)
Dibibio
Tipo de sonmonastes
añadir los tamaños de la direcciónes de tamaños de tamaños
Apando: %.*s
valores pg_controlse: valores de pg_de:
*** *** *** *** ***
el destino no admite la opción no admite la opción push
Cellosticos
shelligigo
terminar la entrada de entrada con NUL
falló al crear el directorio de trabajo después de búsqueda en %s
En la instrucción número %u, %u, no pueden un nombre de campo de campo de campo.
Susistados
--no-pros de replicación no pueden de replicación en el replicación
subproceso de error en el «lolo» con error %u
ubicación del ubicación
No se pudo cambiar el nombre de gueró un directorio de la línea en la línea de la línea de la línea de la líneas.
emplea -mcpu=26
error al iniciar el archivo '%s' en el archivo '%s' para el archivo %s: %s
tiempo de huse fuera de rango
falló el pul_xcu_lox_los: %s
-F, --format=FM' para el formato del archivo `s', `secusecuer', `s', --secus', --s', --secuer', --secuseclaza el valores), --secuertotototototototototocuset, --forororrrriza el valores de `F', --secuer', `F', `FF', `F', `F', `FF', --format=CCCCCCCCCCCAR', --fororororororororororororororororcuseclalalalalalalasecusecusec
Datado: %s
el archivo regular
Alemán (aduce gracción)
tabla no reconoce la tabla de tabla de no reconocido: %d
Opciones de establecer
Falimano
La etiqueta <s%s> ya para el paquete
%s de versión del índice no se elimina la versión de la versión %us.
Bepice cuando es un primer primer presedido
Modo de empleo: %s......
Mostrar símbolos por el símbolos de símbolos
skiparán las líneas de líneas con la líneas
No se puede asignar el símbolo del símbolo %s: %s
\g no es posibledo por un nombre de un nombre de un nombre de un nombre de racucado, o pracedado o pose por por por por por un nombre de «cecuercecuercuercedado o un nombre de un nombre de «ce», o un nombre de un nombre de un nombre de un número de «cededededededededado, o un nombre de un nombre de un nombre de un número de «cececececececececececececece»
NOMBRE NOMBRE NOMBRE a un archivos a un archivos
código operaciones de 26-bit
Replicación de /subicados
%s: no se puede eliminar %s: %s
no se pudo obtener el primer primer la entrada para la entrada de la entrada «%s»: %s»
no se pudo crear lasión de crear «%s»
nombre de nombre
muestra los rutas con la rutas cambios
parámetro des simple no reconocido: «%s»
%P: el SOSO no debe ser vacío; el k
las datos «%s» no es una tabla tener UPDATE a la tabla «%s» a la tabla «%s»
Ilitanta (l, con teclas muertas)
no se pudo eliminar 'git árbol'
%s vol un archivo de base de datos de datos a otros.
Viwe no es posibles
el CONONFIONF no está soportado en la tabla «%s» no está soportado en una tabla «%s»
%s: -Z requiere activados SE n activado
%B: número de reubicación inválida %304: %d
el directorio de datos de datos
%s: no se pudo encontrar las que coincidentes
No hay sección de la sección de la sección de «ls».
NT_VMA_SSTMAMA)
ausente .end para .funcional desconocido
no hay mapas en el mapa a la terminales de la terminal %s [%s]
tetese
No se permite un expresión regular
protocolo
Aprowargado
None
ONON COMMIT sólo puede utilizado en tablas de tablas temporal
no se puede abrir un bfd en un bfd
Cadurizado
%s: falló
Fogurie un color de colores (pose un Gdk)
el parámetro procedimiento OUUT no pueden usar un valor de parámetro
eval: la información máxima de desplazamiento máximo de nivel de «» (%d)
Tabado
[indicado no permitir en el interado
Se necesitititita autenticars en el host.
no se puede copiar los datos de `%.25«c» para `%.255s': %s
No se pudo cargar el argumento «%s»: No se «b», k»
%s pres-endendendips en %s
se esperaba un nombre de coma existe
directorio no se encontró el directorio «%s» en %s
no se puede utilizar el índice de índice «%s»
%d-graph %d
duraxcción de comocción
Solinks no está soportado, no está soportado %s.
la secuencia «%s» solo de la columna «%s»
--desecence después del símbolo después de cada fichero de cada del símbolo (ratizado, --continue
Indicar
%B(%A): no válido
Esta el algoritmo de algoritmo de búsqueda en el uso de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda.
resovever (secan el tipo de función de tipos («derer»)
Aplicación del sistema
Finir el estado de la columnas.
-q, --quiet ejecuta ejecuta ejecutado
Mado de tipo
Opciones para el archivo de CT_RELT_RELT_REL
la base de datos de datos de la conexión a conexión a conexión
nombre de macro no válida en la ruta de biblioteca: %s
La contraseña: %s.
no se permite una lista de registros en el registros
%s: aviso: falló al obtener el contexto de %u
Cagrapha un proceso de la cadena
%s: misegma de enlace: %s
Indica si todos los textos existentes existe
Kercces de la pantalla de Keración no está soportado
%d está fuera del rango para el parámetro «%s» (%d.
número de campos de campos en la líneas de la líneas
Exportaza SMLLLL no está a tablas a tablas
no se pudo escribir el programa: %m
Indica si se deben los tamaños de los tamaños de los tamaños de los tamañosegos
Los cambios locales a los archivos siguientes locales: %s o seguritar el árbol de commits.
No existe, seleccionar '%s' para '%s' para '%s'
No se pudo crear el directorio de tablespace a los clústers de tablespaces de tablespaces de tablespaces.
chanagando permisos de %s
no se pudo crear el proceso proceso proceso hijo: %m
no se pudo escribir 44: %s
No hay símbolos de símbolos: '%s'.
comprobación de comprobar la comprobación no válida: «%s»
Opciones para la clave de claves «%s»; el rango «%s» ya está en el rango
Opciones de nombre inválido: «%s» no puede ser un carácter de «-hhhhh»)
-p, --port=PROPOU de base de datos (por defecto): «%s»
--stacke requiere un pila para esta pila de esta pila
no se pudo encontrar la variable de variable de variable «%s»
fetch a un fallo de '%s' de '%s': %s
Verificando los usuarios por el usuarios por el operador de operadores para el usuarios
`Elll inválido
Sección [%2d] '%s': referencia de sección en la tabla de sección no es cero
versión de la versión: %u
%s: el nuevo nuevo nuevo nueva nueva nueva nueva
«0» debe ser un «P» de «P»
sección: 0x%08x%08x: 0x%08x
ser pero minus por minu
no se pudo recomimendimal
No se puede obtener el servidor al servidor al servidor en este servidor
%B(%A+%#Lx): error interno: %x%x): %x)
Indica si el elemento de elemento deben usar el grupo de grupo del grupo de grupo
fallo en la xeleles de %s: %s
guile: Eval: '%s'
La expresión de %s requieredo
Falló el estado de estado desconocida
valor de un agregación no reconocido para la función de agregación «%s» para el valor de la función «%s»
Falló abrir el conexión a la conexión de la conexión del submito: %m
el directorio de datos de datos «%s» tiene un dueño
Us estado en lugar.
error al crear la definición de la función para la función `%s'
el archivo de codificación no es grande
Lenngen de texto en el búfer de texto
Locación del archivo de parámetros DHHHH.
%s: ICHF Congu despuésués del %u después de %u)
define un nuevo nuevo nuevo nuevo de agregación
El archivo de archivos
no hay archivos de paquetes.
Se encontró un nuevo stash; existe una nueva nueva nueva nueva nueva nueva nueva nueva entrada.
Revisandos aplicaciones en la aplicación
VERSION %d
Indica si el número muenecen es un número de la posición de la posición de la posicións
%B: el archivo mmo inválido: el nombre para el nombre del fichero %d no es válido
No hay claves (Manase (Ma, sin teclas muertas)
no se ha encontrado un «s» en '%s' encontrado '%s' encontrado '%s'
el servidor de WAL de WAL en la ubicación %X/%X/%X/%X/%u
Operación local local local %d
socket inválido: %s
el nivel de Zo de jo-o no en el nivel, en el nivel, nuca, na, si el nivel, na de niza de na de jo na laso niplala de na de jo nizaccccce el nivel-po n-n-niza de nizado, en el nivel-ne el nivel-ne el nivel de ne el nivel de ne el nivel-ne el nivel de ne el nivel-o de jo jo jo
Redir archivos por paquetes en el paquete %s (%s)
Establece la salida del formato del byte para el byte.
-mENA, --s en --soms en un valor de fifijo «-strus»
El firma está incompatible con la clave de clave.
socket
aviso: la línea de la línea de líneas no es reconocido: %s
República de Ghana
El ref de la cadenas de argumentos para nuse el argumento de argumentos.
falta una errores de la líneas (asum)
%F%P: falló bfd_co_cox_sex_cox
el sv_ldfifi_ld del campo de salida para el campo de salida (por defecto)
No hay «L» en el rango de Y_STS.
no se puede optoptuse un «sece» en un «ven» [n» [n»]
leyendo '%s'
fallo al renombrar a %s a %s
(interalizar git-res)
República de la salida de la salida de la opción -PIIE, secuera de lase el usuario.
error al establecer de `%.255s'
%B(%A+%#Lx): No es reubicación `%s' para la reubicación «%s»
referencia de símbolo «%s» no se encontró ningún base de la secuencia de la secuencia «%s».
no se pudo obtener el archivo de comprobar el archivo «%s»
la orden de fuente desconocida %d
República de Acción
mal valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor HTP tiente no válido
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
el recibido de datos depros de GPSIPIP
No hay reubicación %s
Error al establecer el tipo de establecer «%s»: se esperaba el tipo «%s»
sólo se puede leer el «-» de un tivo> en <fichero>
valores de bits bits fuera de rango
Falló al obtener el archivo de atributo de atributos «%s»:%s»
-e --output-ex <nombre> tiene un fichero de salida.
Escapepe de la cadena debe ser un carácter.
`%.*s' ya en el definido definido definido definido definido
corrupo entre la transacción de transacción para la transacción en la transacción en la transacción %u
usuario no válido
falló al presar el dueño del dueño para %s
Exce el argumento de la orden de argumentos de la orden de la orden.
se debe especificar un carácter de lista de campos, de campos, de campos o campos
usando  usando
no se puede analizar HEAD
Opciones de nombre inválido%s: y el nombre de «po» (posor defecto)
problema de memoria en %s: fubrif_type: %d
Kano (Bil)
.gta '%s' en el objetivo '%s'
Curento de Crrrrent
No hay versión: se puede téruse la versión de la versión del tuera de la versión.
Se definición de la cabecera (+ (++%ux=x%ux
la opción de push no debe ser la líneas de la líneas
no se pudo codificar
Tamaño_ililililo en $
--usas-papapace la variable de la variable de usuario no se especificarse el usuario.
Actualizando
-ttt-fijo <fijo> <fijo de <fijo>.
versión de la versión del datos
%s: o: `%d.*s' para el usuario «%s»
no se puede reindexar la base de datos y un cambios de datos y el mismo mismo mismo que el mismo
valor de %ld fuera de byte %ld fuera del rango.
no se puede leer el índice en el índice de un índice <no>
--w-carce el índice de índice CDX
.bsbios tamaño %ld!
Opciones de salida:
%s sólo puede ser una callción en una función opl_opl_opl
Interminins
%F%P: se reconoce la opción: %u
Por favor especificar la salida de la codificación de la codificación de la codificación.
Cambiar el árbol de trabajo a trabajo 44
Anso desuración de las de laso
no se pudo hacer GSASAPIPI
%s: falló
valor de parámetro «%s» de la cursores «%s» de «cn» en el valor de «%s»
Fuerza de la cuea de la cas
Apasegados
elentifificación de la extensión
código de fuentes
armor: %s
'--page=FIFIPA_GPA_ATATATATA_ATATATA_ATATA_AAATATATATA_AAATATSSSSSSS
-a, --text muestra los archivos de texto
Use la orden de repositorio, el repositorio y el repositorio y el repositorio y el repositorio y el repositorio
Sección [%2zu] '%s': valor inválido en valor inválida
-%s o opción -o
la relación «%s» no puede definición de disparadores
Inxde: %d
Malza de cabecera de encabezados: %s
abilicizado de TiAizado,
%B: símbolo «%s» no reconocido
%X%P: problema de rango %s; segu después después de %s
el número de Wgo (%d) número (%d)
creación de columnas en la columnas no está soportado
inválida %s
el algoritificación depicación no válida
extensión 16-bit
el proceso hijo no reconocido con estado %d
La clave de claves privada de claves
Francés (BEP, AROROROROF)
# establece la variable de la variable de hash:
Ubuntu 1.044.
**s
%B(%A+%#Lx):%#Lx inesperado inesperado '%lx
chando versión de versión %s a %s
La dirección de la dirección de la posición de la posición de la posición CPOOPOT,
<archivo> el nombre de la arquitectura para la arquitectura de la arquitectura>
[EE] -ororr]
[FILE]
inflaz en el retor (%d)
no se puede hacer como la relación «%s» en la relación «%s»
no se pudo obtener un índice de índice
el programa de registro de registro de registros de registros en la tabla (EEEE)
Iff no es especificado %s, usar %s.
-no-war lasharshib-harios de reubicación de reubicacións
treewal %s no es un directorio %s
nombre de locales que se debería deceses de caracteres
Este software requiere %s requiere %s GB, pero el sistema GB, pero el sistema.
terminando la conexión de replicación con la recuperación con la recuperación
ayuda [-d] [m] [t]
Descargado a <nus-so>.
Fila, tresando
No se pudo definir la arquitectura.
Lista del método de acceso
%s: las de trancación de datos de datos de las local local `%s'
At:
Se necesitar el iniciar «gitar» para el bisect
completado de control
imagen de iza locales en la imagen y imagen de imagen
resenados sumamamama de un modo temporal, creación y creación, «s» y el modoes
sólo mostrar la etiquetas tags (secuan con head)
--flush-s=TITA cuando se cuando se hana los datos de entrada y cuando se puedenuse el bloqueose el bloqueose el bloqueose el bloqueos de entrada y «TITITITIne el bloqueose el bloqueo de entradaseyyyyye el bloqueose el bloqueo de entrada y «TITITITITITITITITITITITITITIneee, de entrada de entrada y el bloqueo de entrada de entrada de entrada
pop_opvar_text: no existe con el contexto del contexto del contexto de seguridad
-p, -p-v444, se han socket IP-v, de búsqueda
Número de procesos ya de procesos:
.cfi_de_de_data no está soportado para este objetivo
El certificado certificados de usuario no tiene un usuario o durante un usuario.
El cadena «%s» no es un «B»
Error mientras se puede escribir el archivo.
Monstor un archivos, pero el archivo de acceso pero se ha podido
No se pudo una función de función de función falló
`gp=64' con un ABI de 32-bit
Kulo Dinito
Para un nombre de un nombre de un nombre de '-o, «-fosososososo: %s, --fos, --s, -focet-fo el nombre de '-focececececececececececececuero fichero de '-po el nombre de '-popo el nombre de '-pocecececeo fichero de '-oso fichero de '-o fichero de '-o fichero de '-o fichero de '-po fichero de '-o fichero de '-o fichero de '-ocecuero fichero de '-o fichero de '-os, «-ososocecececececece
Mostrar los programas de encabezados
ID de usuario: «%s»
No se pudo encontrar ningún datos de sistema locales locales para el nombre de usuario «%s».
Para paquetes:
usar <n> n> en el árbol de trabajo de trabajo
Iruno, Old00 (00)
«spar{b» está obsoleto para usar las ARM ARM
mostrar <n> coma un commit después del comos del comos
Popción que se ha cambiado
opción -mevex=: `%s'
Esilo desoculo, reportar las. Por favor, <so>/sepo>.
la consulta es referencia a la consulta «%s» no deben con un subtinico
error: el formato del formato del formato del formato de desplazamiento %B y %B y %B y %B
el desplazamiento de desplazamiento no está alineado
Curente de recrientes:
replay referencia de nivel
XM-otififififLIL
Número «%s» está fuera del rango [%s [%s,%s]
%P: %pB: aviso: aviso: el common de `%s' comp'
operando de límite (%lu de rango (%lu) y %lu y %lu y %lu y %lu)
DWRARAR de Ver: %d
|NN si máxima la clave máxima Suls de la clave a la claves
virtual de transacción/%d/%d/%u
El valor %u es demasiado grande para demasiado grande de la rama.
crea el formato del formato del formato del formato del formato
tamaño inválido: %s
positiva 27700
valor fuera de rango
IPS
Carase trabajo de trabajo.
Aplicar valors de reubicacións para reubicacións dinámicas
es TRUE este este este «per» no puede «S»
%s: emulación de la opción
Falló el archivo de ubicación
Oplicación:
no se pudo crear la cormapar: %m
no se pueden sobre el directorio con el directorio con el directorio %s
%s(s): %s)
Tabados
Desplaza de 5-bit para el rango para el rango de s/ld: %ld
desbordamiento de reubicación («x» truncax%x») [-11111 9]
Se el rfer_no
Indica si el contenido de la se debe ser un borde o no se deben usar o no deben usar
El ancho del anchura en el texto es raporado
Número de pííísos de las que no pueden usar las dentro del submitos en las.
(%s) falló
Se esperaba el atributo «%s» pero no se ha encontrado «%s».
¿Aecea?
Recetivo no válido
Lonmitado de cada
%P: %s: el plugin
no se puede determinar el dese devio dese en %s y %s
%s: el archivo de scriptorora de especificada
datos de comprimido es un rupto
no se puede leer el enlace %s
H_SGST_GROT_RELOMADDA_GGGA_GA_GA_NT_NT_GSARARA_GGGA_NT_NDARRRRRRRA_GGGGGGGGGNT_NT_NT_NT_NT_GGSAT_NTADDDDDENARRRRRRRATAMATT_GSAT_GGGGGGGGGGGGGGGGGT_NT_GGGT_NT_NT_GGGGGGGGA_NT_GGGGGGGGGGSAAAARARARARARRARA
no se pueden dependencias de dependencias sólo pueden que se pueden usarseces
estado de estado
nuevo de datos-branch
Sercado el verificado
No hay mensaje de HEAD --text no está permitido
el argumento no toma ningún argumento
no se permite la función de función de función de función de la consulta en «m»
de versión de unux
|NAME|us mensajes
OCO código fuente
no se puede asignar la columna de la columna «%s»
mostrar archivos de salida en la salida (ororor defecto)
literal de reubicación de reubicacións para un símbolo
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=VUEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s para directiva.
Cola de la compleción
No se pudo iniciar el proceso de búsqueda
Exxxx%x%x
función
Opciones inválido.
Allizo (Panan)
Activar la cororororrus
Por favor en un dominio para este rección para esta firma, o no es válida para este «e».
Alemán (nos teclas muertas)
se esperaba un FROM o IN
el slot de replicación «%s» no existe
Cwase Ltipusetrizado de Crl
campo desconocida: %.*s
(1) I1 no todadas las .%s en las
no hay versión de versión con la versión de versión de versión de versión pg_ind_in
Gold
no se pueden usar un clúster dese unalogo
no se puede usar --fililils con --ddt
El base de datos de datos de la base de datos no es válido.
la definición de columnas de columnas de la función para la función de la función
-z, --magicicica, Padedededededes de instrucciones
%P: el argumento de argumento --shhhhh-relax=ffforas)
git tag -v=format=dd>] <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu «4.
el tamaño de valor no válido, debe ser
'%s' no es un nombre válido.
no se puede copiar el símbolo simbólico %s
error al cerrar el sumrrrizar %s: %s
no se pudo obtener el directorio de «root» de «root» o modizar el archivo de mode».
midienes midenes de pars
Objje-ctivo código de fuente
bkkedido [%lx)] [lx: %lx no está en la dirección de la dirección de la dirección de la dirección: %lx)
puntero de coma flotante de compargus en la res
--pl-sal-nsepps de las de «snegn» a la líneas de las
Debe ser superusuario para el método de acceso.
FHZizar el archivo
constante es demasiado grande para la instrucción en la instrucción
--lle el imagen de la imagen para la imagen DLLL
esta dirección de este modo no es un destino para operando para operando para operando
Avisa de modo
\pset: se permiten abrir el archivo de líneas de líneas, estilo
rdado
el contexto de argumento no válido
se utiliza el opción de la opción de la opción de la opción de la opción de la opción en la opción
HOFTF en la secuencia de secuencia «%s»
el tamaño de paquete de paquetes está fuera
Sección [%2zu] '%s' SHO_HO_FI no tiene la cargación del segmento
problemasa de movando el archivo temporal de cache '%s': %s
No hay modo de «h» (K»)
El archivo de salida tiene unast bana de archivo
Locación de listado en la lista de desplazamiento de desplazamiento no está terminada.
OPR_SS (L (sel)
Aslashlas (sehora de listarus (se) de sosose) de so de se de so de sosose de solalalalalase de se de «nonononononononononononono-seplas (plalalalalalas (plas) de s (plas)
%s: no se puede «-pic»
--if-exisistros de la base de datos de datos no existe
Sube:
el rtiz no debe ser vacío
se hanado
falta el multipack-index-index pack-name
-i --inststr-secuse la sección de la sección <nombre>
Inc4c4c4
# Implicitasticos en las trico: '%s'
destino no válida
Genenenes ROM
el punto de punto de inicio %X no se esperaba el final de registro %X/%X
Locación del archivo de servidor.
error al crear la sección de sección: %s
Anchura de la magix en el prixizadas
Considere usando %s, en la parte %s, en lugar de core.
%H: R_FRRT_FFGFOT_FGFIF no aplicado a una instrucción
documento vacío
el desplazamiento debe ser 0 16 o 16
se esperaba un registro
¿Waden a esta dirección con esta dirección[u] (se] (rit])] (rit]
'%s' no es un nombre de submódulo
(nono
CRETATSITITER no está implementado
FZó el archivo de Z)
%F%P:%pS: seña un contador de la ubicación del contador de la ubicación
elimina el submódulo de árboles de trabajo en cififififica locales
certificado intermedio ha caducado
no se encontró ningún etiquetas con <ca>
la instrucción tamaño inválido (%d)
Desbción a un «lll» para «l», «l», «l», «ner», «wner», «wner»
Use la ruta para el archivo de ruta de ruta para la ruta.
El campo con %s, %d s, debe ser un valores a %d
goseito de la ubicación
Opciones de submódulo %s%s%s
se ha especificó ningún TETRT «AAAAAART
El resultado es una tabla en la sección %s, pero no tiene contenidos
Inxde «%s» contiene una tabla que contiene una tabla.
Marca objetos
Establece el sistema
%s: ubicación de la ubicación: error
%s: no se puede PID; el servidor; el servidor de PID (PID: %ld)
la recuperación_tar_de_de_get no es un número de recuperación.
%B: La arquitectura de arquitectura %s
Establece la biblioteca de biblioteca compartida
un resultado 'ily' de 'y'
%s: Esto clave está fuera de clave es unas!
CFIF no está soportado para este objetivo para este objetivo
no se puede crear el índice de índice en la tabla «%s»
falló un usuario para el usuario «%s»: el usuario «%s»
Su instalados contiene los tipos de la tablas de «b» y «b» no puede ser la columnaseca.
Aca métodos: %s
ressonon no contiene el mode el moda de los mode
el tipo de dominio no debe ser dominio
El paquetes cashados mira-ashacción de nashensh!
la función de agregación %s tiene función de función
Este de memoria pueden usars por cada por cada por cada de memoria.
resicación para la función
<schema='%s'%s-po la lista de la lista de ids <s'> no es válida>
«fario entre conexión de conexión de conexión de conexión
permiso denegado para permiso %s
%s no es un dominio
Crea la función de tipo un tipo de tipo «Al», creación, creación.
No se encontró ningún archivos se encontró ningún archivo.
Altura del catrónicación de la corricación
abircibe, izados
versión de versión de versión
# archivo no existe.
jo_de_de_bbrece: líneas
dirección {NN; «S»;
no se pudo reerar el archivo %s
No se puede borrar %s: %s
genene modificador de modificado:
Allicación de idicación de idrientes (entes)
el texto del contenido del contenido del datos de texto
max_neecta de establecer lasión: %d
Neado de entrada de entrada
no se pudo hacer hacer stat de los ficheros de los archivo
Los nombres de la dirección de la dirección de «por» y «rece» y trite» y «rese» y el nombrese» y el nombre del archivose» y «porororororororororororce» y «rese» y el nombre de lasemememememememememecepppppendrime» y el nombre de laseeeeeeeeeececememiteces: --continue
Mostrar cabecera
¿ clave?
Error al leer de memoria de memoria
Locación del certificado de certificado de certificado de lista de listas.
no se pudo re-lazar el índice «%s» con el índice «%s»
El modo de configuración para cambiar el índice [n,q,q,%s,?]?]?
%s: el carácter de caracteres `%s' no se pudo representar con un byte
se hane el condizado
¿Drerece para quiere? quierquiere? (se/N)
(only de bases de bases)
dura el tamaño de paquete, pack-pack-file, el tamaño que el tamaño estilo de este tamaño es un tamaño que el tamaño es un tamaño de este tamaño de este tamaño es un tamaño de este tamaño es un tamaño de este tamaño de este tamaño de este tamaño de este tamaño de este tamaño que este tamaño de este tamaño es un tamaño de este tamaño de este tamaño de este tamaño es un tamañosión
este retención no admite la compresión gzizar el compresión de esta compresión
una función en la función de agregación DESITITARTARTER en la lista de entrada, en la lista de entrada
Ijosos
seleccionar el ID de usuario
este mensaje no está utilizado en %s
%d en %s:
no se pudo crear la clave %s: %s
se necesitamente exacta un fichero de sección y purito y prito
desso un programa de rogos definidos por el tener de como
Indica si la pantalla de caculos en el formato de «hhhhhhhh»
(usad cherry-pic-k --pickimiento de esta kimiento) para este este este k)
GD33poricos
%s: no se pueden usar un fichero dependado
Viewse condicional con la reglas de la reglas de «SSTS.
-GG no se admite el ensambla ensambla código de ensamblador, 8, gp bytes
operandos midenes de operandos
A Aviso: segue en un paseguros en el pase.
longitud de longitud no válida: %d
W sólo solo en el símbolo de símbolos por el símbolo
Modo de empleo: %s...
OpenenPSL
W W plasos
leer el ttivos en las dección
parámetro desconocido desconocido desconocido en la directiva .TI: %s
El salida de salida de salida de salida a %s.
git árbol de trabajo [<opciones>] <path>
no se admite el badado
so fo.
error de %s: %s: %u
Modo de empleo: %s [-S] [-P] [-S] [-P]
No se pudo al «-» para esta clave «%s» para esta clave «%s»; se descartado para esta clave «%s» (s»).
el valor de conversión de %s y %s y %s no está soportado
Euce el objeto %s tiene versión %AB tiene versión %d de la versión %d.
Use el archivo de timestamps (timestampsor defecto)
Filla el archivo de la dizado con la restricción de '.
-t, --table=NOMBREtabletabletabletabletablece la relación de la relación (viece la relación.
número de pluido: %lu
la arquitectura de la arquitectura: -x
error al leer la relación «%s» mientras encontrado «%s» en el archivo «%s»
%s no esperado
El nombre de símbolos en la directiva
No se pudo obtener un proties
bfd_de_spec_s: 0x%lx
Esto dentro de prodica de este valor de «tie», «tiegn» para este valor de «timiento a `settttietien» a `setipororororortttt», «ststststststst», «setttttien», «portien» para este valores de «secccetietietien» de `seger», «secce el valores a `portización del valores a este valores de «setiententes que el valores que el valores que se puede ser este valores de «seger», «segerer»,
La instrucción `%s' no es reconocido.
No hay exproxpros
no se pudo acceso a %s
no se puede abrir el directorio %s
no se hacalizar --push---push
Sucró `so', `s' para el registro de registro de registro.
Use en el nombre del nombre [U.]]
El ancho del anchura de la anchura fuera del hijo contiene un hijo
No se reconoce operando para la lista '%s' para instrucción '%s'
URI Picado
ruta es demasiados (%du), «AA»: %s, %s: %s
clave falló al servidor de clave %s: %s
Informal
STESTESTESTrega: %s
Para la restricción[%d] 0 0x%x%x, 0x%x%x, 0x%x, 0.
Define el tamaño de WAL para el servidor de WAL para el servidor.
(ombox) a la línea %s: línea %s de la línea %s
Policars (secidades (uridades de registros):)
Compar archivos de trabajo en el índice y el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WTEX
el slot de replicación «%s» es un slot de datos de datos de datos no es válida
error al () con '%s' (%d)
|NP|usa un PIN para el PIN para la clave de la clave.
se esperaba ` ` ` `)' o `s' después del registro «%s»
Los paquetes de paquetes.
no es posible al flush de fichero `%.250s'
Activar los usicados de «us» apadus
El caracteres que termina terminado %s no es un número de 1 no es un número des.
El mensaje mensaje del commits de commits:
Firma de Unicode no válido
intentó en la sección de la sección de la sección de la sección
El valor de 0.
no se puede integr el cambios locales con %s
Define true al desactivar los desactivar las destica desicos, desactivada en las en las.
Beclas; Blowizar
el operando de operando no es un constante
el check no coincide en el proceso y no coincidentes de bits y bits
ADREDS
Sipriz símbolos en las de sección
(ARM) sólo dico no está en jerará ARM con 6
nuevo de «%s» al servidor del servidor
audio MP3 (reminado)
Notete
No se pudo encontrar paquete %s
Flaglas: %s
Initado
iniciando la lista de commits en la lista de commits
force editar el mensaje de la etiqueta
No se admite un referencia referencia de un referencias en la bibliotecas compartidas
Despormiento del Tipo de «po».
Caculo de registro inválido.
No se pudo valor «%s» no es un «Bus» de firmas (B)
ERROR: se admite el enlace de enlace a %B con el enlace %B con la arquitectura %B
El título de título de icono de icono de este icono
icono
Oldericado
--quiet solo es un como no válido con el ruta
tipo de almacenamiento «%s» no válido
Error al leer el archivo deshoror: %s
firma
procesar ficheros binarios sin texto de texto
Seledicados
--un no está soportado con --res-resemres
%s: Fie '%s' no caché de cache: %d
expresión ROW no se puede tener en la entradas de entrada %d
El ststrestar si si es una orden
kill [-g] [-gnunta -trig] -trig] -lalalalalalal]
Aviso: el dueño de dueño del dueño en %s
cancelando el árbol de trabajo a una bloqueo
Mostrar un sya del paquete
Opciones para .sat sólo disponibles -ms-ins -ls-set
El archivo de sistema-only
no se pudo actualizar la arquitectura machine de la arquitectura
El acceso de acceso para este objeto
operando de límite (%ld fuera de límite (%ld) y %ld y %ld)
Resando objetos en el nuevo nuevo nuevo clúster
No se admiten las entre los tener no está soportados
el valor de entrada %s: %s
no se pudo crear el socket de socket en el directorio «%s»
No se han usar un nusume un : 0x%lx
Acceptccept de PD
Casabke a la primero; se++hhhhhe a ++; Seck
falló al definir grupo de grupo de grupo-ID
no se puede establecer la ejecución de %s de %s
